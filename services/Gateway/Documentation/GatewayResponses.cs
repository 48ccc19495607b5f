using System.Text.Json.Nodes;

namespace IndustryPlatform.Gateway.Documentation;

/// <summary>The answers the gateway itself gives before a request reaches a service, added to every public operation:
/// no or a bad token, a region or role that may not, too many requests, a body too large, a reused idempotency key.</summary>
public static class GatewayResponses
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    private const string ProblemSchema = "ProblemDetails";

    public static void AddTo(JsonObject paths, JsonObject components)
    {
        var problem = EnsureProblemSchema(components);
        foreach (var (path, item) in paths)
        {
            if (!RoutedPath.IsPublicApi(path) || item is not JsonObject pathItem)
            {
                continue;
            }

            foreach (var (method, operation) in pathItem)
            {
                if (operation is not JsonObject op || method is "parameters" or "summary" or "description" or "servers")
                {
                    continue;
                }

                if (op["responses"] is not JsonObject responses)
                {
                    responses = [];
                    op["responses"] = responses;
                }

                Add(responses, "401", "No bearer token, or an expired or invalid one. Get a new token at /connect/token.", problem);
                Add(responses, "403", "The token's region or roles do not allow this (a district writing another district's data).", problem);
                Add(responses, "429", "Too many requests from this client. Wait the seconds in Retry-After, then retry.", problem,
                    new JsonObject { ["Retry-After"] = new JsonObject { ["description"] = "Seconds to wait.", ["schema"] = new JsonObject { ["type"] = "integer" } } });
                if (method is "post" or "put" or "patch")
                {
                    Add(responses, "413", "The request body is larger than the gateway accepts.", problem);
                }

                if (method == "post")
                {
                    Add(responses, "422", "The Idempotency-Key was already used with a different body.", problem);
                    if (op["parameters"] is not JsonArray parameters)
                    {
                        parameters = [];
                        op["parameters"] = parameters;
                    }

                    if (!parameters.Any(p => string.Equals((string?)p?["name"], IdempotencyKeyHeader, StringComparison.OrdinalIgnoreCase)))
                    {
                        parameters.Add(new JsonObject
                        {
                            ["name"] = IdempotencyKeyHeader,
                            ["in"] = "header",
                            ["required"] = false,
                            ["description"] = "A unique key per intended write (e.g. a UUID). A retry with the same key and body gets the first answer "
                                + "and never creates twice; keys are kept 24 hours.",
                            ["schema"] = new JsonObject { ["type"] = "string", ["maxLength"] = 128 },
                        });
                    }
                }
            }
        }
    }

    /// <summary>The services describe ProblemDetails themselves; when none answered, the gateway's answers still need it.</summary>
    private static string EnsureProblemSchema(JsonObject components)
    {
        if (components["schemas"] is not JsonObject schemas)
        {
            schemas = [];
            components["schemas"] = schemas;
        }

        schemas[ProblemSchema] ??= new JsonObject
        {
            ["type"] = "object",
            ["description"] = "RFC 9457 problem.",
            ["properties"] = new JsonObject
            {
                ["type"] = new JsonObject { ["type"] = "string" },
                ["title"] = new JsonObject { ["type"] = "string" },
                ["status"] = new JsonObject { ["type"] = "integer" },
                ["detail"] = new JsonObject { ["type"] = "string" },
                ["rule"] = new JsonObject { ["type"] = "string" },
                ["traceId"] = new JsonObject { ["type"] = "string" },
            },
        };
        return ProblemSchema;
    }

    private static void Add(JsonObject responses, string status, string description, string schema, JsonObject? headers = null)
    {
        if (responses.ContainsKey(status))
        {
            return;
        }

        var response = new JsonObject
        {
            ["description"] = description,
            ["content"] = new JsonObject
            {
                ["application/problem+json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = ComponentReferences.Of("schemas", schema) } },
            },
        };
        if (headers is not null)
        {
            response["headers"] = headers;
        }

        responses[status] = response;
    }
}
