using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace VolunteerRecords.Jobs.Certificates;

/// <summary>
/// Prints the certificate's print page to PDF with headless Chromium: the one renderer on these machines that lays
/// out Chinese text exactly. Without Chromium the printable page remains, and the browser prints it.
/// </summary>
public sealed class CertificatePdf(IOptions<CertificateOptions> options, ILogger<CertificatePdf> logger) : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(40);

    /// <summary>Each print starts a browser: a burst of requests waits its turn instead of starting one each.</summary>
    private readonly SemaphoreSlim _printers = new(Math.Max(1, options.Value.ConcurrentPrints));

    public bool IsAvailable => File.Exists(options.Value.ChromiumPath);

    /// <returns>null when Chromium is missing or fails.</returns>
    public async Task<byte[]?> PrintAsync(Uri page, CancellationToken cancellationToken)
    {
        if (!IsAvailable)
        {
            return null;
        }

        await _printers.WaitAsync(cancellationToken);
        try
        {
            return await PrintOneAsync(page, cancellationToken);
        }
        finally
        {
            _printers.Release();
        }
    }

    public void Dispose() => _printers.Dispose();

    private async Task<byte[]?> PrintOneAsync(Uri page, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("vr-certificate-");
        var output = Path.Combine(folder.FullName, "certificate.pdf");
        try
        {
            using var process = Process.Start(new ProcessStartInfo(options.Value.ChromiumPath)
            {
                ArgumentList =
                {
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--no-pdf-header-footer", $"--user-data-dir={folder.FullName}",
                    $"--print-to-pdf={output}", page.ToString(),
                },
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            })!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Limit);
            try
            {
                await Task.WhenAll(
                    process.StandardOutput.ReadToEndAsync(timeout.Token), process.StandardError.ReadToEndAsync(timeout.Token), process.WaitForExitAsync(timeout.Token));
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            if (process.ExitCode != 0 || !File.Exists(output))
            {
                logger.LogWarning("Chromium exited with {ExitCode} and no PDF", process.ExitCode);
                return null;
            }

            return await File.ReadAllBytesAsync(output, cancellationToken);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Chromium did not print the certificate within {Limit}", Limit);
            return null;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
