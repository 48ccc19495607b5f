using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace IndustryPlatform.BuildingBlocks.Documentation;

/// <summary>Documents the members our domain-error handler adds to every RFC 9457 problem, so a client generated
/// from the document can read which field broke which rule.</summary>
public sealed class ProblemDetailsSchema : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type != typeof(ProblemDetails))
        {
            return Task.CompletedTask;
        }

        schema.Description = "RFC 9457 problem. `type` is stable per rule (https://industry-platform.huzhou/problems/<rule>).";
        schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
        schema.Properties["rule"] = Text("The rule that refused the request, e.g. `credit-code.check-character`.");
        schema.Properties["traceId"] = Text("W3C trace id of the request; quote it when asking for support.");
        schema.Properties["errors"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Array,
            Description = "One entry per refused field (400 only).",
            Items = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["field"] = Text("The field in camelCase, e.g. `creditCode` or `rows[3].value`."),
                    ["rule"] = Text("The rule the field broke."),
                    ["message"] = Text("What is wrong, in words."),
                },
                Required = new HashSet<string> { "field", "rule", "message" },
            },
        };
        schema.Examples = [JsonNode.Parse("""
            {
              "type": "https://industry-platform.huzhou/problems/credit-code.check-character",
              "title": "Invalid input",
              "status": 400,
              "detail": "creditCode: the check character does not match.",
              "rule": "credit-code.check-character",
              "errors": [ { "field": "creditCode", "rule": "credit-code.check-character", "message": "The check character does not match." } ],
              "traceId": "4bf92f3577b34da6a3ce929d0e0e4736"
            }
            """)!];
        return Task.CompletedTask;
    }

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
}
