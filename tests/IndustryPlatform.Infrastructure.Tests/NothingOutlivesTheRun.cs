using IndustryPlatform.AppHost.Infrastructure.Processes;
using System.Diagnostics;
using IndustryPlatform.AppHost.Infrastructure;
using IndustryPlatform.Testing;

namespace IndustryPlatform.Infrastructure.Tests;

/// <summary>A fixture of its own, so that the test can dispose it and look at what is left.</summary>
public sealed class NothingOutlivesTheRun
{
    private static readonly string[] ServerPrograms = ["postgres", "beam.smp", "epmd", "redis-server"];

    [Fact]
    public async Task After_disposal_no_server_process_of_the_run_remains_and_its_state_folder_is_gone()
    {
        var fixture = new InfrastructureFixture();
        var clock = Stopwatch.StartNew();
        string? stateDirectory;
        try
        {
            await fixture.InitializeAsync();
            TestContext.Current.TestOutputHelper?.WriteLine($"fixture healthy after {clock.Elapsed.TotalSeconds:0.0} s");
            stateDirectory = fixture.StateDirectory;
            Assert.SkipWhen(stateDirectory is null, "The servers run in containers: there are no local processes to look for.");
            Assert.True(Directory.Exists(stateDirectory));
            var running = OwnedProcesses.Of(stateDirectory).Select(p => p.Name).ToHashSet();
            Assert.Subset(running, ServerPrograms.ToHashSet());
        }
        finally
        {
            clock.Restart();
            await fixture.DisposeAsync();
            TestContext.Current.TestOutputHelper?.WriteLine($"fixture disposed in {clock.Elapsed.TotalSeconds:0.0} s");
        }

        Assert.Empty(OwnedProcesses.Of(stateDirectory));
        Assert.False(Directory.Exists(stateDirectory), $"{stateDirectory} still exists");
    }
}
