namespace VolunteerRecords.Admin.Security;

/// <summary>
/// The handler does something that a session left open on someone else's screen must not be enough for (revealing ID
/// numbers, opening accounts, the national export): its owner proves again it is them, at most
/// <see cref="SecurityOptions.RecentSignInWindow"/> before. Read by <see cref="RecentSignInFilter"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresRecentSignInAttribute : Attribute;
