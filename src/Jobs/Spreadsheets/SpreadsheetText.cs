namespace VolunteerRecords.Jobs.Spreadsheets;

/// <summary>Text from users goes into files that open in spreadsheet programs.</summary>
public static class SpreadsheetText
{
    /// <summary>
    /// A cell that starts with =, +, - or @ is read as a formula by Excel and WPS when the file is opened (formula
    /// injection); a leading apostrophe makes it text again and shows the value unchanged. Tab and carriage return are
    /// formula starters in some programs too. Numbers the platform writes itself are not text and are left alone.
    /// </summary>
    public static string Neutralise(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value ?? "";
}
