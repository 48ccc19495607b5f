using System.Text.Json.Nodes;

namespace IndustryPlatform.Gateway.Documentation;

/// <summary>What a service answered for its OpenAPI document: the document, or why there is none.</summary>
public sealed record ServiceDocument(ServiceDocumentSource Source, JsonObject? Document, string? Failure)
{
    public static ServiceDocument Fetched(ServiceDocumentSource source, JsonObject document) => new(source, document, null);

    /// <summary>The failure is said in words for the public document: no exception text, no internal host name.</summary>
    public static ServiceDocument Missing(ServiceDocumentSource source, string failure) => new(source, null, failure);
}
