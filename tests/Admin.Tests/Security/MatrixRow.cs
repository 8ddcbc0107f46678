namespace VolunteerRecords.Admin.Tests.Security;

/// <summary>
/// One page handler of the matrix: the address it is asked at, who may use it, the answer those allowed get where it
/// is not a page or a redirect elsewhere ("403", "404", "login"), and the refusal of those the page's policy admits but
/// the page itself turns away ("denied"; otherwise they are out of scope: 404).
/// </summary>
public sealed record MatrixRow(Type Page, string Handler, string Url, HashSet<Who> Allowed, string Ok = "ok", string Refused = "404")
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
