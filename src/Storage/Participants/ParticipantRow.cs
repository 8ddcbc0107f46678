using VolunteerRecords.Grains.Activities;

namespace VolunteerRecords.Storage.Participants;

public sealed class ParticipantRow
{
    public string ActivityId { get; init; } = "";

    public string VolunteerId { get; init; } = "";

    public ParticipantStatus Status { get; init; }

    /// <summary>Order of signing up: the waiting list moves up in this order.</summary>
    public long Position { get; init; }

    public DateTime SignedUpUtc { get; init; }

    /// <summary>When the volunteer accepted the risk notice and the service agreement (A9, A16).</summary>
    public DateTime AcceptedUtc { get; init; }

    public DateTime? WithdrawnUtc { get; init; }

    /// <summary>The notice a withdrawing volunteer gave (A6.8).</summary>
    public string? Notice { get; init; }

    /// <summary>The team that signed the volunteer up as a group (A8), if any.</summary>
    public string? TeamId { get; init; }

    /// <summary>Who added her to the roster at the place (a walk-in, from the paper sheet); null when she signed up herself.</summary>
    public string? AddedByName { get; init; }

    /// <summary>Filled by the roster query.</summary>
    public string? VolunteerName { get; init; }

    /// <summary>Filled by the roster query.</summary>
    public string? VolunteerNumber { get; init; }

    /// <summary>Filled by the volunteer's list.</summary>
    public string? ActivityTitle { get; init; }

    /// <summary>Filled by the volunteer's list.</summary>
    public DateTime? FirstStartUtc { get; init; }

    /// <summary>The same place in line under a new status: a withdrawal with its notice, or a move up from the waiting list.</summary>
    public ParticipantRow With(ParticipantStatus status, DateTime? withdrawnUtc, string? notice) => new()
    {
        ActivityId = ActivityId,
        VolunteerId = VolunteerId,
        Status = status,
        Position = Position,
        SignedUpUtc = SignedUpUtc,
        AcceptedUtc = AcceptedUtc,
        TeamId = TeamId,
        AddedByName = AddedByName,
        WithdrawnUtc = withdrawnUtc,
        Notice = notice,
    };
}
