namespace VolunteerRecords.Grains.Common;

/// <summary>A grain state that carries out commands: which ones it carried out, and the last change to publish again.</summary>
public interface ICommandState
{
    RecentOperations Operations { get; }

    LastChange? LastChange { get; set; }
}
