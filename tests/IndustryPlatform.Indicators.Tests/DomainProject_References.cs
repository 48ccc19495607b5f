using IndustryPlatform.Testing;

namespace IndustryPlatform.Indicators.Tests;

public sealed class DomainProject_References
{
    [Fact]
    public void The_domain_compiles_without_aspnet_ef_masstransit_or_grpc() =>
        Assert.Empty(PlainDomain.ForeignReferences(typeof(Domain.Indicator).Assembly));
}
