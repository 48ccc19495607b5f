using System.Text;
using System.Text.Json.Nodes;

namespace IndustryPlatform.Gateway.Documentation;

/// <summary>The document district developers read at <c>/openapi/v1.json</c>: the merged services' operations, the token
/// endpoint and the gateway's own answers, this gateway as the server, and an introduction that says what is missing.</summary>
public static class PublicApiDocument
{
    public const string Title = "IndustryPlatform API";
    public const string Version = "v1";

    private const string Introduction = """
        The public REST API of the Huzhou industrial platform (湖州产业平台) for the systems of the city and its districts:
        enterprises and the tier ladder, major projects, and monthly indicator figures with the bulletin.
        Everything is under `/api/v1`; a breaking change would come as `/api/v2`, side by side, never in place.

        **Getting in.** OAuth 2.0 client credentials: POST `grant_type=client_credentials`, your `client_id` and
        `client_secret` (form-encoded) to `/connect/token`, then send the `access_token` as `Authorization: Bearer <token>`
        on every call. Tokens are short-lived; ask for a new one when `expires_in` has passed or a call answers 401.

        **Writing.** A district writes only its own region's data (403 otherwise); the city may write everything.
        Send an `Idempotency-Key` header on every POST: retrying after a timeout with the same key returns the first answer
        and never creates twice. 429 means slow down for the seconds in `Retry-After`.

        **Errors.** Every refusal is an RFC 9457 problem (`application/problem+json`): a stable `type` per rule, the `rule`,
        for invalid input an `errors` list naming each `field` and `rule`, and a `traceId` to quote when asking for help.
        """;

    public static JsonObject Build(MergedApiDocument merged, string serverUrl)
    {
        var paths = (JsonObject)merged.Paths.DeepClone();
        var components = (JsonObject)merged.Components.DeepClone();
        var document = new JsonObject
        {
            ["openapi"] = merged.OpenApiVersion,
            ["info"] = new JsonObject { ["title"] = Title, ["version"] = Version, ["description"] = Description(merged) },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = serverUrl, ["description"] = "This gateway" }),
            ["tags"] = merged.Tags.DeepClone(),
        };

        GatewayResponses.AddTo(paths, components);
        TokenEndpointDocumentation.AddTo(document, paths, components, serverUrl);
        document["paths"] = paths;
        document["components"] = components;
        return document;
    }

    private static string Description(MergedApiDocument merged)
    {
        var description = new StringBuilder(Introduction.ReplaceLineEndings("\n"));
        if (!merged.IsComplete)
        {
            description.Append("\n\n**Incomplete right now.** ");
            description.AppendJoin(" ", merged.MissingParts.Select(m =>
                $"The operations under {m.Source.PublicPaths} are missing: {m.Failure}."));
            description.Append(" This document is rebuilt within seconds; reload it later.");
        }

        foreach (var note in merged.Notes)
        {
            description.Append($"\n\nNote: {note}.");
        }

        return description.ToString();
    }
}
