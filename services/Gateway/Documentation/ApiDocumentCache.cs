using Yarp.ReverseProxy.Configuration;

namespace IndustryPlatform.Gateway.Documentation;

/// <summary>Keeps the merged document for a minute, so readers of the page do not make three requests each; an incomplete
/// one only for a few seconds, so a service that comes back shows up soon. One rebuild at a time.</summary>
public sealed class ApiDocumentCache(
    IEnumerable<IProxyConfigProvider> routing, ServiceDocumentClient client, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan CompleteFor = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan IncompleteFor = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _rebuilding = new(1, 1);
    private (MergedApiDocument Document, DateTimeOffset Until)? _current;

    public async Task<MergedApiDocument> GetAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } fresh)
        {
            return fresh;
        }

        await _rebuilding.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } rebuiltMeanwhile)
            {
                return rebuiltMeanwhile;
            }

            // Read the routes each time: YARP reloads them when the configuration changes.
            var configs = routing.Select(p => p.GetConfig()).ToList();
            var sources = ServiceDocumentSource.From(configs.SelectMany(c => c.Routes), configs.SelectMany(c => c.Clusters));
            var documents = await Task.WhenAll(sources.Select(s => client.FetchAsync(s, cancellationToken)));
            var merged = ApiDocumentMerger.Merge(documents);
            _current = (merged, clock.GetUtcNow() + (merged.IsComplete ? CompleteFor : IncompleteFor));
            return merged;
        }
        finally
        {
            _rebuilding.Release();
        }
    }

    public void Dispose() => _rebuilding.Dispose();

    private MergedApiDocument? Fresh() =>
        _current is { } current && clock.GetUtcNow() < current.Until ? current.Document : null;
}
