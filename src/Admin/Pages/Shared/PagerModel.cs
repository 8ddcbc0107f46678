using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace VolunteerRecords.Admin.Pages.Shared;

/// <summary>Page links that keep the current filters in the query string.</summary>
public sealed record PagerModel(int PageNumber, int PageCount, int Total, HttpRequest Request)
{
    public string UrlFor(int page)
    {
        var query = Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        query["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString(Request.Path, query);
    }
}
