using System.Security.Cryptography.X509Certificates;

namespace VolunteerRecords.Silo.Extensions;

/// <summary>
/// Configuration "Orleans:Tls": the certificate every node of the cluster presents and accepts. Silo-to-silo (and
/// gateway) connections then use TLS with mutual authentication: a peer without this very certificate is refused.
/// </summary>
public sealed class ClusterTlsOptions
{
    /// <summary>A PKCS#12 (.pfx) file with the certificate and its private key, the same on every node.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(CertificatePath);

    public X509Certificate2 Load()
    {
        if (!File.Exists(CertificatePath))
        {
            throw new InvalidOperationException($"Orleans:Tls:CertificatePath names {CertificatePath}, which does not exist.");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(CertificatePath, CertificatePassword);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"The certificate in {CertificatePath} has no private key: export it with its key (.pfx).");
    }
}
