using System.Net.Http.Json;
using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Indicators.Tests.Support;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace IndustryPlatform.Indicators.Tests.Integration;

/// <summary>Counting indicators move by one per event through the real broker, however often the event is delivered.</summary>
[Collection(IndicatorsServiceCollection.Name)]
public sealed class CountedFromEvents(IndicatorsService service)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly CancellationToken _cancellation = TestContext.Current.CancellationToken;

    private IBus Bus => service.Services.GetRequiredService<IBus>();

    [Fact]
    public async Task A_major_project_start_delivered_twice_is_counted_once()
    {
        var started = MajorProjectStarted(new DateOnly(2025, 4, 10));
        var messageId = NewId.NextGuid();

        await Bus.Publish(started, c => c.MessageId = messageId, _cancellation);
        await service.Consumed.WaitForAsync(messageId, 1, Timeout);
        await Bus.Publish(started, c => c.MessageId = messageId, _cancellation);
        await service.Consumed.WaitForAsync(messageId, 2, Timeout);

        Assert.Equal(1m, await FigureAsync("major-projects-started", "deqing", "2025-04", "monthly"));
        Assert.Equal(1m, await FigureAsync("major-projects-started", "deqing", "2025-04", "cumulative"));

        var another = NewId.NextGuid();
        await Bus.Publish(MajorProjectStarted(new DateOnly(2025, 4, 20)), c => c.MessageId = another, _cancellation);
        await service.Consumed.WaitForAsync(another, 1, Timeout);
        Assert.Equal(2m, await FigureAsync("major-projects-started", "deqing", "2025-04", "cumulative"));
    }

    [Fact]
    public async Task A_certification_counts_for_its_tier_year_and_district_once()
    {
        var certified = new TierCertified("91330500MA2JQ2Q83X", "anji", "golden-bull", "Municipal", 2025, new DateOnly(2025, 6, 1), DateTimeOffset.UtcNow);
        var messageId = NewId.NextGuid();

        await Bus.Publish(certified, c => c.MessageId = messageId, _cancellation);
        await Bus.Publish(certified, c => c.MessageId = messageId, _cancellation);
        await service.Consumed.WaitForAsync(messageId, 2, Timeout);

        Assert.Equal(1m, await FigureAsync("new-golden-elephant-bull", "anji", "2025", "cumulative"));
    }

    private static ProjectStageAdvanced MajorProjectStarted(DateOnly on) => new(
        Guid.NewGuid(), "91330500MA2JQ2Q83X", "deqing", "nev", ProjectKind.NewManufacturing, 5.2m, IsMajor: true, IsProvincialMajor: false,
        ProjectStage.Started, on, 2, DateTimeOffset.UtcNow);

    private async Task<decimal> FigureAsync(string indicator, string region, string period, string basis)
    {
        using var client = service.CreateClient("city-bureau");
        var summary = await client.GetFromJsonAsync<SummaryValue>(
            $"/api/v1/indicators/{indicator}/summary?region={region}&period={period}&basis={basis}", _cancellation);
        return summary!.Value;
    }

    private sealed record SummaryValue(decimal Value);
}
