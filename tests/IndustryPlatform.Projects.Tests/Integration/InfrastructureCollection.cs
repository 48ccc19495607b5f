using IndustryPlatform.Testing;

namespace IndustryPlatform.Projects.Tests.Integration;

/// <summary>Only the integration tests start PostgreSQL and RabbitMQ; the unit tests stay fast.</summary>
[CollectionDefinition(Name)]
public sealed class InfrastructureCollection : ICollectionFixture<InfrastructureFixture>
{
    public const string Name = "infrastructure";
}
