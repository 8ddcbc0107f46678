using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace VolunteerRecords.Silo.Tests.Infrastructure;

/// <summary>A self-signed cluster certificate in a temporary .pfx, as README tells operators to make one with openssl.</summary>
public sealed class ClusterCertificate : IDisposable
{
    public const string Password = "cluster-test";

    private ClusterCertificate(string path) => Path = path;

    public string Path { get; }

    public static ClusterCertificate Create(string name = "vr-cluster")
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"vr-cluster-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return new ClusterCertificate(path);
    }

    public void Dispose() => File.Delete(Path);
}
