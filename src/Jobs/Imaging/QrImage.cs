using QRCoder;

namespace VolunteerRecords.Jobs.Imaging;

/// <summary>A QR code as an inline PNG: a certificate's verification address, an authenticator's enrolment address.</summary>
public static class QrImage
{
    public static string PngDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
    }
}
