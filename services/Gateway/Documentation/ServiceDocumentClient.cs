using System.Text.Json;
using System.Text.Json.Nodes;

namespace IndustryPlatform.Gateway.Documentation;

/// <summary>Fetches a service's OpenAPI document by service discovery. A service that does not answer in time, or answers
/// something else than a document, is a missing part, never an error of the whole document.</summary>
public sealed class ServiceDocumentClient(HttpClient http, ILogger<ServiceDocumentClient> logger)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<ServiceDocument> FetchAsync(ServiceDocumentSource source, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var response = await http.GetAsync(source.DocumentAddress, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("OpenAPI document of {Source} answered {Status}", source.Name, (int)response.StatusCode);
                return ServiceDocument.Missing(source, $"the service answered {(int)response.StatusCode}");
            }

            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            if (await JsonNode.ParseAsync(body, cancellationToken: timeout.Token) is JsonObject document && document["paths"] is JsonObject)
            {
                return ServiceDocument.Fetched(source, document);
            }

            logger.LogWarning("OpenAPI document of {Source} has no paths", source.Name);
            return ServiceDocument.Missing(source, "the service's document has no paths");
        }
        catch (HttpRequestException exception)
        {
            logger.LogWarning(exception, "OpenAPI document of {Source} could not be fetched", source.Name);
            return ServiceDocument.Missing(source, "the service did not answer");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("OpenAPI document of {Source} did not come within {Timeout}", source.Name, Timeout);
            return ServiceDocument.Missing(source, $"the service did not answer within {Timeout.TotalSeconds:0} s");
        }
        catch (JsonException exception)
        {
            logger.LogWarning(exception, "OpenAPI document of {Source} is not JSON", source.Name);
            return ServiceDocument.Missing(source, "the service's document is not valid JSON");
        }
    }
}
