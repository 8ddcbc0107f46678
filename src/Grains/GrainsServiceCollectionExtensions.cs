using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VolunteerRecords.Grains.Common;
using VolunteerRecords.Grains.Stars;

namespace VolunteerRecords.Grains;

public static class GrainsServiceCollectionExtensions
{
    /// <summary>The services grains take in their constructors.</summary>
    public static IServiceCollection AddVolunteerGrainServices(this IServiceCollection services, PersonalDataOptions personalData, StarOptions? stars = null)
    {
        stars ??= new StarOptions();
        if (!StarRules.AreValid(stars))
        {
            throw new InvalidOperationException("Stars:ThresholdHours must be positive and rising, one per level.");
        }

        services.AddSingleton(new StarRules(stars));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(personalData);
        services.AddSingleton<PersonalDataProtector>();
        services.AddSingleton<GrainAudit>();
        services.PostConfigure<Orleans.Serialization.OrleansJsonSerializerOptions>(o =>
            o.JsonSerializerSettings.SerializationBinder = new CompilerCollectionBinder(new MovedTypeBinder(
                o.JsonSerializerSettings.SerializationBinder ?? new Newtonsoft.Json.Serialization.DefaultSerializationBinder())));
        return services;
    }
}
