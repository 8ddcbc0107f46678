using System.Globalization;
using System.Text;

namespace VolunteerRecords.Jobs.Spreadsheets;

/// <summary>
/// RFC 4180 CSV in UTF-8 with a byte-order mark, so Excel and WPS read Chinese correctly. Text cells are neutralised
/// against formula injection; number cells are written as numbers.
/// </summary>
public sealed class CsvWriter(Stream stream) : IAsyncDisposable
{
    private readonly StreamWriter _writer = new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true);
    private readonly StringBuilder _line = new();
    private int _cells;

    public CsvWriter Text(string? value)
    {
        var text = SpreadsheetText.Neutralise(value);
        Separate();
        if (text.AsSpan().IndexOfAny(",\"\r\n") >= 0)
        {
            _line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            _line.Append(text);
        }

        return this;
    }

    public CsvWriter Number(decimal value)
    {
        Separate();
        _line.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public async Task EndLineAsync()
    {
        _line.Append("\r\n");
        await _writer.WriteAsync(_line);
        _line.Clear();
        _cells = 0;
    }

    public async Task HeaderAsync(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            Text(name);
        }

        await EndLineAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.FlushAsync();
        await _writer.DisposeAsync();
    }

    private void Separate()
    {
        if (_cells++ > 0)
        {
            _line.Append(',');
        }
    }
}
