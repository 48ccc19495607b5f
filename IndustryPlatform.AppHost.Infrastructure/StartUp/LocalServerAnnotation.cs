namespace IndustryPlatform.AppHost.Infrastructure.StartUp;

/// <summary>What a start-up failure of a local server is explained with: its name, its data folder and the user it runs as.</summary>
/// <param name="DisplayName">PostgreSQL, RabbitMQ, epmd, Redis.</param>
/// <param name="DataFolder">Where it keeps its data; null if it keeps none.</param>
/// <param name="RunsAs">The user it runs as when that is not the AppHost's own.</param>
public sealed record LocalServerAnnotation(string DisplayName, string? DataFolder, string? RunsAs = null) : IResourceAnnotation;
