namespace VolunteerRecords.Resources;

/// <summary>Names the resource files (Resources/SharedResource.*.resx) that hold every page text and rule message.</summary>
public sealed class SharedResource;
