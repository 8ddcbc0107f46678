namespace VolunteerRecords.Storage.Categories;

/// <summary>One service area an activity can be of, and a volunteer can intend to serve in (A17).</summary>
public sealed class CategoryRecord
{
    /// <summary>Stable code: the built-in five are named in English, added ones are ASCII letters chosen by the bureau.</summary>
    public string Code { get; init; } = "";

    public string NameZh { get; init; } = "";

    public string NameEn { get; init; } = "";

    /// <summary>One of the five A17 names; its text comes from the resource files.</summary>
    public bool BuiltIn { get; init; }

    public int SortOrder { get; init; }

    public DateTime CreatedUtc { get; init; }
}
