namespace VolunteerRecords.Grains.Categories;

/// <summary>Rule codes; each is a key in the Admin's resource files.</summary>
public static class CategoryErrors
{
    public const string NotAllowed = "Category.NotAllowed";
    public const string CodeInvalid = "Category.CodeInvalid";
    public const string NameInvalid = "Category.NameInvalid";
    public const string CodeTaken = "Category.CodeTaken";
}
