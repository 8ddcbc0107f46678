using Microsoft.Extensions.DependencyInjection;
using VolunteerRecords.Grains.Common;

namespace VolunteerRecords.Grains;

public static class GrainsServiceCollectionExtensions
{
    /// <summary>The services grains take in their constructors.</summary>
    public static IServiceCollection AddVolunteerGrainServices(this IServiceCollection services, PersonalDataOptions personalData)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(personalData);
        services.AddSingleton<PersonalDataProtector>();
        services.AddSingleton<GrainAudit>();
        return services;
    }
}
