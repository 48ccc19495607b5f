namespace IndustryPlatform.AppHost.Infrastructure.LocalProcesses;

/// <summary>A database on a <see cref="LocalPostgresServerResource"/>, created once the server answers.</summary>
public sealed class LocalPostgresDatabaseResource(string name, LocalPostgresServerResource parent)
    : Resource(name), IResourceWithParent<LocalPostgresServerResource>, IResourceWithConnectionString
{
    public LocalPostgresServerResource Parent { get; } = parent;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{Parent};Database={Name}");
}
