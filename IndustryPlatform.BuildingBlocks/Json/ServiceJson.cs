using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IndustryPlatform.BuildingBlocks.Json;

public static class ServiceJson
{
    /// <summary>
    /// The services' REST JSON: enums as words ("Accepted", "Started", "Green"), and <see cref="EveryFieldRequiredAttribute"/>
    /// enforced on the bodies that carry it.
    /// </summary>
    public static IHostApplicationBuilder AddServiceJson(this IHostApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            options.SerializerOptions.TypeInfoResolver = (options.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(EveryFieldRequired.Modify);
        });
        return builder;
    }
}
