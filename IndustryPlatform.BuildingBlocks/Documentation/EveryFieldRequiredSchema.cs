using IndustryPlatform.BuildingBlocks.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace IndustryPlatform.BuildingBlocks.Documentation;

/// <summary>A body marked <see cref="EveryFieldRequiredAttribute"/> lists every field as required, as it is enforced.</summary>
public sealed class EveryFieldRequiredSchema : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (EveryFieldRequired.AppliesTo(context.JsonTypeInfo.Type) && schema.Properties is { Count: > 0 } properties)
        {
            schema.Required = new HashSet<string>(properties.Keys, StringComparer.Ordinal);
            schema.Description = (schema.Description is { Length: > 0 } d ? d + " " : "")
                + "Every field is required: send null to clear one; a field left out is refused (request.field-missing) rather than erased.";
        }

        return Task.CompletedTask;
    }
}
