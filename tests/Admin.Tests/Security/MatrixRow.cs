namespace VolunteerRecords.Admin.Tests.Security;

/// <summary>
/// One page handler of the matrix: the address it is asked at, who may use it, and the answer those allowed get where
/// it is not a page or a redirect elsewhere ("403", "404", "login").
/// </summary>
public sealed record MatrixRow(Type Page, string Handler, string Url, HashSet<Who> Allowed, string Ok = "ok")
{
    public bool IsPost => Handler.StartsWith("OnPost", StringComparison.Ordinal);

    /// <summary>The handler's name as Razor Pages routes it: OnPostDecideAsync → Decide.</summary>
    public string? HandlerName
    {
        get
        {
            var name = Handler[(IsPost ? "OnPost".Length : "OnGet".Length)..];
            name = name.EndsWith("Async", StringComparison.Ordinal) ? name[..^"Async".Length] : name;
            return name.Length == 0 ? null : name;
        }
    }

    public string Address => HandlerName is { } handler ? Url + (Url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + handler : Url;
}
