using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IndustryPlatform.AppHost.Infrastructure.HealthChecks;

/// <summary>
/// A health check that speaks the server's own protocol on the resource's connection string, so that
/// <c>WaitFor</c> means "answers requests", not merely "process started" or "port open".
/// </summary>
internal static class ProtocolHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <param name="probe">Throws when the server does not answer as it should; the message becomes the health report.</param>
    public static IResourceBuilder<T> WithProtocolHealthCheck<T>(this IResourceBuilder<T> builder, Func<string, CancellationToken, Task> probe)
        where T : IResourceWithConnectionString =>
        builder.WithProtocolHealthCheck(async ct =>
        {
            var connectionString = await builder.Resource.GetConnectionStringAsync(ct)
                ?? throw new InvalidOperationException($"'{builder.Resource.Name}' has no connection string yet.");
            await probe(connectionString, ct);
        });

    public static IResourceBuilder<T> WithProtocolHealthCheck<T>(this IResourceBuilder<T> builder, Func<CancellationToken, Task> probe)
        where T : IResource
    {
        var key = $"{builder.Resource.Name}_protocol_check";
        builder.ApplicationBuilder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            key, _ => new Check(probe), failureStatus: HealthStatus.Unhealthy, tags: null, timeout: Timeout));
        return builder.WithHealthCheck(key);
    }

    private sealed class Check(Func<CancellationToken, Task> probe) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await probe(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, ex.Message, ex);
            }
        }
    }
}
