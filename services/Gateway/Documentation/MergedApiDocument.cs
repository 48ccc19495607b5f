using System.Text.Json.Nodes;

namespace IndustryPlatform.Gateway.Documentation;

/// <summary>The services' documents merged: the routed paths, the components they use, their tags, and what the reader
/// must be told (parts missing because a service did not answer, components renamed because two services disagreed, an operation two services describe).</summary>
public sealed record MergedApiDocument(
    string OpenApiVersion,
    JsonObject Paths,
    JsonObject Components,
    JsonArray Tags,
    IReadOnlyList<ServiceDocument> MissingParts,
    IReadOnlyList<string> Notes)
{
    public bool IsComplete => MissingParts.Count == 0;
}
