using IndustryPlatform.Indicators.Tests.Support;

namespace IndustryPlatform.Indicators.Tests.Integration;

/// <summary>One service (and one set of servers) for every integration test; each test uses its own periods.</summary>
[CollectionDefinition(Name)]
public sealed class IndicatorsServiceCollection : ICollectionFixture<IndicatorsService>
{
    public const string Name = "Indicators service";
}
