using System.Diagnostics;

namespace IndustryPlatform.BuildingBlocks.Messaging;

/// <summary>Our ActivitySource and Meter (matched by ServiceDefaults' "IndustryPlatform.*") and the switch that keeps idle polls out of traces.</summary>
public static class MessagingTelemetry
{
    public const string ActivitySourceName = "IndustryPlatform.BuildingBlocks.Messaging";

    /// <summary>The meter of <see cref="ParkedMessagesGauge"/>.</summary>
    public const string MeterName = "IndustryPlatform.BuildingBlocks.Messaging";

    internal static readonly ActivitySource Source = new(ActivitySourceName);

    private static readonly AsyncLocal<bool> DatabaseTracingSuppressed = new();

    /// <summary>True while the relay polls: a query every second would bury the traces operators look for.</summary>
    internal static bool IsDatabaseTracingSuppressed => DatabaseTracingSuppressed.Value;

    internal static IDisposable SuppressDatabaseTracing()
    {
        DatabaseTracingSuppressed.Value = true;
        return new Restore();
    }

    private sealed class Restore : IDisposable
    {
        public void Dispose() => DatabaseTracingSuppressed.Value = false;
    }
}
