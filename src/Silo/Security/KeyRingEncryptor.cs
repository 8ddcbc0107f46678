using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Silo.Security;

/// <summary>
/// The data-protection key ring lives in the shared database; stored in clear, anyone able to read that table could
/// forge sign-in cookies. Each key is sealed with AES-256-GCM under a key derived from the configured master key,
/// kept apart from the one that encrypts personal data.
/// </summary>
public sealed class KeyRingEncryptor(PersonalDataOptions options) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement) =>
        new(new XElement("sealedKey", KeyRingCipher.Seal(options, plaintextElement.ToString(SaveOptions.DisableFormatting))), typeof(KeyRingDecryptor));
}
