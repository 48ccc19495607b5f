namespace IndustryPlatform.AppHost.Infrastructure.LocalProcesses;

internal static class LocalServerExtensions
{
    /// <summary>The server listens on a port chosen up front and is reached directly (no proxy), as its own arguments say.</summary>
    public static IResourceBuilder<T> WithServerEndpoint<T>(this IResourceBuilder<T> builder, int port)
        where T : ExecutableResource =>
        builder.WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: "tcp", isProxied: false);
}
