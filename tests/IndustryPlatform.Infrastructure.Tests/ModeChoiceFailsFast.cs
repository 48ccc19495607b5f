using System.Diagnostics;
using Aspire.Hosting.Testing;

namespace IndustryPlatform.Infrastructure.Tests;

public sealed class ModeChoiceFailsFast
{
    [Fact]
    public async Task External_mode_without_its_connection_strings_stops_at_once_naming_what_is_missing()
    {
        var clock = Stopwatch.StartNew();

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => DistributedApplicationTestingBuilder.CreateAsync<Projects.IndustryPlatform_AppHost>(
            ["--Infrastructure:Mode=External", "--ConnectionStrings:postgres=Host=db.example;Username=u;Password=p"],
            TestContext.Current.CancellationToken));

        var message = string.Join(" | ", Messages(refused));
        Assert.Contains("ConnectionStrings:rabbitmq", message);
        Assert.Contains("ConnectionStrings:redis", message);
        Assert.DoesNotContain("ConnectionStrings:postgres", message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    private static IEnumerable<string> Messages(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            yield return exception.Message;
        }
    }
}
