namespace VolunteerRecords.Grains.Common;

/// <summary>
/// A broken rule. <see cref="Code"/> is stable and culture-free: pages look it up in the resource files,
/// so the user reads the rule in their own language.
/// </summary>
[GenerateSerializer, Alias("vr.DomainException")]
public sealed class DomainException : Exception
{
    public DomainException(string code, string subject)
        : base($"{code} ({subject})")
    {
        Code = code;
        Subject = subject;
    }

    [Id(0)]
    public string Code { get; }

    /// <summary>The grain key or field the rule was broken on, for logs; never personal data.</summary>
    [Id(1)]
    public string Subject { get; }
}
