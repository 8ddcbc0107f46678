using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains;

public static class GrainsServiceCollectionExtensions
{
    /// <summary>The services grains take in their constructors.</summary>
    public static IServiceCollection AddVolunteerGrainServices(this IServiceCollection services, PersonalDataOptions personalData)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(personalData);
        services.AddSingleton<PersonalDataProtector>();
        services.AddSingleton<GrainAudit>();
        return services;
    }
}
