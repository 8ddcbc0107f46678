using System.IO.Compression;
using MiniExcelLibs;

namespace VolunteerRecords.Jobs.Imports;

/// <summary>
/// Bounds an uploaded sheet before it is read: an .xlsx is a zip, and a few kilobytes can unpack to gigabytes; a row
/// count over the limit is refused whole, never cut short.
/// </summary>
public static class SheetLimits
{
    /// <summary>What one upload may weigh on the wire.</summary>
    public const long MaxUploadBytes = 5 * 1024 * 1024;

    /// <summary>What its parts may add up to once unpacked.</summary>
    public const long MaxUnpackedBytes = 50 * 1024 * 1024;

    public const string TooLarge = "Import.TooLarge";

    public const string TooManyRows = "Import.TooManyRows";

    /// <returns>null when the sheet is within the limits, else the code of the limit it passes; the stream is rewound.</returns>
    public static string? Check(Stream sheet, int maxRows)
    {
        if (sheet.Length > MaxUploadBytes)
        {
            return TooLarge;
        }

        try
        {
            using (var zip = new ZipArchive(sheet, ZipArchiveMode.Read, leaveOpen: true))
            {
                long unpacked = 0;
                foreach (var entry in zip.Entries)
                {
                    unpacked += entry.Length;
                    if (unpacked > MaxUnpackedBytes)
                    {
                        return TooLarge;
                    }
                }
            }

            sheet.Position = 0;
            // MiniExcel streams rows: counting one past the limit reads no further.
            var rows = sheet.Query(useHeaderRow: true).Take(maxRows + 1).Count();
            return rows > maxRows ? TooManyRows : null;
        }
        catch (InvalidDataException)
        {
            // Not a zip at all: the reader refuses it as unreadable.
            return null;
        }
        finally
        {
            sheet.Position = 0;
        }
    }
}
