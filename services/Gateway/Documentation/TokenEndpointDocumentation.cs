using System.Text.Json.Nodes;

namespace IndustryPlatform.Gateway.Documentation;

/// <summary>How a district system gets in: the OAuth 2.0 client-credentials scheme every operation requires, and the
/// gateway's own token endpoint, which no service describes.</summary>
public static class TokenEndpointDocumentation
{
    public const string SchemeName = "oauth2";
    public const string TokenPath = "/connect/token";
    private const string Prefix = "Gateway";

    /// <summary>Adds the scheme (token URL absolute on <paramref name="serverUrl"/>, so tools need no base to resolve it),
    /// requires it on every operation, and describes <c>POST /connect/token</c> as the one anonymous operation.</summary>
    public static void AddTo(JsonObject document, JsonObject paths, JsonObject components, string serverUrl)
    {
        if (components["securitySchemes"] is not JsonObject schemes)
        {
            schemes = [];
            components["securitySchemes"] = schemes;
        }

        schemes[SchemeName] = new JsonObject
        {
            ["type"] = "oauth2",
            ["description"] = "OAuth 2.0 client credentials: exchange your client id and secret at /connect/token for a short-lived bearer token.",
            ["flows"] = new JsonObject
            {
                ["clientCredentials"] = new JsonObject { ["tokenUrl"] = serverUrl + TokenPath, ["scopes"] = new JsonObject() },
            },
        };
        document["security"] = new JsonArray(new JsonObject { [SchemeName] = new JsonArray() });

        var request = ApiDocumentMerger.AddComponent(components, "schemas", "TokenRequest", TokenRequest(), Prefix);
        var response = ApiDocumentMerger.AddComponent(components, "schemas", "TokenResponse", TokenResponse(), Prefix);
        var error = ApiDocumentMerger.AddComponent(components, "schemas", "TokenError", TokenError(), Prefix);
        paths[TokenPath] = new JsonObject
        {
            ["post"] = new JsonObject
            {
                ["tags"] = new JsonArray("Authentication"),
                ["summary"] = "Get an access token",
                ["description"] = "OAuth 2.0 client credentials (RFC 6749 §4.4). Send the form below; use the access_token as "
                    + "`Authorization: Bearer <token>` until expires_in seconds have passed, then ask again. "
                    + "Errors follow RFC 6749 §5.2 (error, error_description), not ProblemDetails.",
                ["operationId"] = "GetAccessToken",
                ["security"] = new JsonArray(),
                ["requestBody"] = new JsonObject
                {
                    ["required"] = true,
                    ["content"] = new JsonObject
                    {
                        ["application/x-www-form-urlencoded"] = new JsonObject { ["schema"] = Reference(request) },
                    },
                },
                ["responses"] = new JsonObject
                {
                    ["200"] = Response("The access token.", "application/json", response),
                    ["400"] = Response("The request is malformed or the grant type is not client_credentials.", "application/json", error),
                    ["401"] = Response("Unknown client or wrong secret.", "application/json", error),
                },
            },
        };

        if (document["tags"] is not JsonArray tags)
        {
            tags = [];
            document["tags"] = tags;
        }

        if (!tags.Any(t => (string?)t?["name"] == "Authentication"))
        {
            tags.Insert(0, new JsonObject { ["name"] = "Authentication", ["description"] = "Getting a token for the client your system is registered as." });
        }
    }

    private static JsonObject TokenRequest() => new()
    {
        ["type"] = "object",
        ["required"] = new JsonArray("grant_type", "client_id", "client_secret"),
        ["properties"] = new JsonObject
        {
            ["grant_type"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("client_credentials") },
            ["client_id"] = new JsonObject { ["type"] = "string", ["description"] = "The client id your system was registered with." },
            ["client_secret"] = new JsonObject { ["type"] = "string", ["description"] = "Its secret. Keep it out of source code and logs." },
        },
    };

    private static JsonObject TokenResponse() => new()
    {
        ["type"] = "object",
        ["required"] = new JsonArray("access_token", "token_type", "expires_in"),
        ["properties"] = new JsonObject
        {
            ["access_token"] = new JsonObject { ["type"] = "string", ["description"] = "A JWT to send as a bearer token." },
            ["token_type"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("Bearer") },
            ["expires_in"] = new JsonObject { ["type"] = "integer", ["description"] = "Seconds until the token expires." },
        },
    };

    private static JsonObject TokenError() => new()
    {
        ["type"] = "object",
        ["required"] = new JsonArray("error"),
        ["properties"] = new JsonObject
        {
            ["error"] = new JsonObject { ["type"] = "string", ["description"] = "e.g. invalid_client, unsupported_grant_type, invalid_request." },
            ["error_description"] = new JsonObject { ["type"] = "string" },
        },
    };

    private static JsonObject Response(string description, string mediaType, string schema) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject { [mediaType] = new JsonObject { ["schema"] = Reference(schema) } },
    };

    private static JsonObject Reference(string schema) => new() { ["$ref"] = ComponentReferences.Of("schemas", schema) };
}
