using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IndustryPlatform.BuildingBlocks.Json;

public static class ServiceJson
{
    /// <summary>
    /// The services' REST JSON: enums as words ("Accepted", "Started", "Green"), and <see cref="EveryFieldRequiredAttribute"/>
    /// enforced on the bodies that carry it. A number a decimal cannot hold exactly is refused, not rounded
    /// (<see cref="ExactDecimalConverter"/>). A body naming a property twice is refused: which of the two a reader takes
    /// differs between parsers, so a signature or a check made on one copy could be bypassed with the other.
    /// </summary>
    public static IHostApplicationBuilder AddServiceJson(this IHostApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            options.SerializerOptions.Converters.Add(new ExactDecimalConverter());
            options.SerializerOptions.AllowDuplicateProperties = false;
            options.SerializerOptions.TypeInfoResolver = (options.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(EveryFieldRequired.Modify);
        });
        return builder;
    }
}
