using IndustryPlatform.Testing;

namespace IndustryPlatform.Infrastructure.Tests;

/// <summary>One set of servers for the tests that share it; they run one after another (one stops the broker).</summary>
[CollectionDefinition(Name)]
public sealed class InfrastructureCollection : ICollectionFixture<InfrastructureFixture>
{
    public const string Name = "infrastructure";
}
