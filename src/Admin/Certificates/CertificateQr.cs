using QRCoder;

namespace VolunteerRecords.Admin.Certificates;

/// <summary>The QR code printed on a certificate: the verification address with its number and code.</summary>
public static class CertificateQr
{
    public static string PngDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
    }
}
