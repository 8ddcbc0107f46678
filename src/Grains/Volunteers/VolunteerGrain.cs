using VolunteerRecords.Grains.Activities;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.Volunteers;

namespace VolunteerRecords.Grains.Volunteers;

public sealed class VolunteerGrain(
    [PersistentState("volunteer", StorageNames.Records)] IPersistentState<VolunteerState> state,
    IVolunteerDirectory directory,
    IAccountStore accounts,
    PersonalDataProtector personalData,
    GrainAudit audit,
    TimeProvider time) : Grain, IVolunteerGrain
{
    private string Key => this.GetPrimaryKey().ToString();

    public async Task<VolunteerProfile> RegisterAsync(RegisterVolunteer command, CommandContext context)
    {
        if (state.State.Operations.Contains(context.OperationId))
        {
            return ToProfile();
        }

        if (state.State.IsRegistered)
        {
            throw new DomainException(VolunteerErrors.AlreadyRegistered, Key);
        }

        var name = command.Name.Trim();
        var phone = command.Phone.Trim();
        if (name.Length == 0 || name.Length > VolunteerRules.MaxNameLength)
        {
            throw new DomainException(VolunteerErrors.NameInvalid, Key);
        }

        if (!VolunteerRules.IsMobilePhone(phone))
        {
            throw new DomainException(VolunteerErrors.PhoneInvalid, Key);
        }

        var (skills, intentions) = ValidateServiceProfile(command.Skills, command.Intentions);

        // Every step below is keyed by this grain's id, so a retry after a crash finishes the registration
        // instead of leaving half of it or doing any of it twice.
        if (!await directory.ClaimIdentifierAsync(personalData.LookupHash(VolunteerRules.PhoneIdentifier, phone), Key))
        {
            throw new DomainException(VolunteerErrors.PhoneTaken, Key);
        }

        var serial = await directory.AllocateSerialAsync(Key);
        var now = time.GetUtcNow().UtcDateTime;
        state.State.IsRegistered = true;
        state.State.VolunteerNumber = VolunteerRules.VolunteerNumber(serial);
        state.State.Name = name;
        state.State.ProtectedPhone = personalData.Protect(phone);
        state.State.Skills = skills;
        state.State.Intentions = intentions;
        state.State.RegisteredUtc = now;
        state.State.Operations.Add(context.OperationId);
        await state.WriteStateAsync();

        await accounts.TryCreateAsync(new AccountRecord
        {
            Id = Key,
            // The sign-in name is the keyed hash: the accounts table never holds the phone itself.
            UserName = state.State.VolunteerNumber,
            NormalizedUserName = personalData.LookupHash(VolunteerRules.PhoneIdentifier, phone),
            DisplayName = state.State.VolunteerNumber,
            PasswordHash = command.PasswordHash,
            Role = Role.Volunteer,
            VolunteerId = Key,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            CreatedUtc = now,
        });
        await directory.UpsertAsync(new VolunteerRow
        {
            Id = Key,
            VolunteerNumber = state.State.VolunteerNumber,
            DisplayName = name,
            Status = "Registered",
            RegisteredUtc = now,
        });
        await audit.RecordAsync(context, "volunteer.registered", "volunteer", Key);
        return ToProfile();
    }

    public async Task<VolunteerProfile> UpdateServiceProfileAsync(string skills, IReadOnlyList<ServiceCategory> intentions, CommandContext context)
    {
        if (!state.State.IsRegistered)
        {
            throw new DomainException(VolunteerErrors.NotRegistered, Key);
        }

        if (context.Actor.VolunteerId != this.GetPrimaryKey())
        {
            throw new DomainException(VolunteerErrors.NotAllowed, Key);
        }

        if (state.State.Operations.Contains(context.OperationId))
        {
            return ToProfile();
        }

        var (cleanSkills, cleanIntentions) = ValidateServiceProfile(skills, intentions);
        state.State.Skills = cleanSkills;
        state.State.Intentions = cleanIntentions;
        state.State.Operations.Add(context.OperationId);
        await state.WriteStateAsync();
        await audit.RecordAsync(context, "volunteer.service-profile-updated", "volunteer", Key);
        return ToProfile();
    }

    public Task<VolunteerProfile?> GetProfileAsync() =>
        Task.FromResult(state.State.IsRegistered ? ToProfile() : null);

    private (string Skills, List<ServiceCategory> Intentions) ValidateServiceProfile(string skills, IReadOnlyList<ServiceCategory> intentions)
    {
        var cleanSkills = skills.Trim();
        if (cleanSkills.Length > VolunteerRules.MaxSkillsLength)
        {
            throw new DomainException(VolunteerErrors.SkillsTooLong, Key);
        }

        if (intentions.Any(i => !Enum.IsDefined(i)))
        {
            throw new DomainException(VolunteerErrors.IntentionInvalid, Key);
        }

        return (cleanSkills, [.. intentions.Distinct().Order()]);
    }

    private VolunteerProfile ToProfile() => new(
        this.GetPrimaryKey(),
        state.State.VolunteerNumber,
        state.State.Name,
        PersonalDataProtector.Mask(personalData.Unprotect(state.State.ProtectedPhone), 3, 4),
        state.State.Skills,
        state.State.Intentions,
        state.State.RegisteredUtc);
}
