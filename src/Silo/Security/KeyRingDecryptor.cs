using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Silo.Security;

/// <summary>Created by the data-protection system from the type name stored with each sealed key.</summary>
public sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement) =>
        XElement.Parse(KeyRingCipher.Open(services.GetRequiredService<PersonalDataOptions>(), encryptedElement.Value));
}
