namespace IndustryPlatform.AppHost.Infrastructure.LocalProcesses;

/// <summary>redis-server run from the distribution's binary; connection string <c>host:port,password=…</c>.</summary>
public sealed class LocalRedisResource(string name, string command, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    public EndpointReference Endpoint => field ??= new EndpointReference(this, EndpointName);

    public ParameterResource Password { get; } = password;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"127.0.0.1:{Endpoint.Property(EndpointProperty.Port)},password={Password}");
}
