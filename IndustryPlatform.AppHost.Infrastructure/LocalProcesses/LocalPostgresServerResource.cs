namespace IndustryPlatform.AppHost.Infrastructure.LocalProcesses;

/// <summary>PostgreSQL run from the distribution's binaries; its connection string has the container integration's shape.</summary>
public sealed class LocalPostgresServerResource(string name, string command, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";
    public const string UserName = "postgres";

    public EndpointReference Endpoint => field ??= new EndpointReference(this, EndpointName);

    public ParameterResource Password { get; } = password;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host=127.0.0.1;Port={Endpoint.Property(EndpointProperty.Port)};Username={UserName};Password={Password}");
}
