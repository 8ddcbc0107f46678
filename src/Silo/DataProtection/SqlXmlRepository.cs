using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;
using VolunteerRecords.Storage.Database;

namespace VolunteerRecords.Silo.DataProtection;

/// <summary>
/// Keeps the data-protection key ring in the database, so that every silo reads the same keys:
/// a cookie or antiforgery token issued by one node is accepted by the others and survives restarts.
/// </summary>
public sealed class SqlXmlRepository(ISqlConnectionFactory connections) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = connections.Open();
        return [.. connection.Query<string>("SELECT xml FROM data_protection_keys ORDER BY created_utc;").Select(XElement.Parse)];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = connections.Open();
        connection.Execute(
            "INSERT INTO data_protection_keys (friendly_name, xml, created_utc) VALUES (@Name, @Xml, @Now) ON CONFLICT (friendly_name) DO NOTHING;",
            new { Name = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting), Now = DateTime.UtcNow });
    }
}
