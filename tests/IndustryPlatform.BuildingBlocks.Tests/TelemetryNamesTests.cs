using IndustryPlatform.BuildingBlocks.Messaging;

namespace IndustryPlatform.BuildingBlocks.Tests;

/// <summary>ServiceDefaults subscribes to "MassTransit" and "IndustryPlatform.*"; these are the names actually used.</summary>
public sealed class TelemetryNamesTests
{
    [Fact]
    public void MassTransit_traces_and_meters_under_the_name_ServiceDefaults_subscribes_to()
    {
        Assert.Equal("MassTransit", MassTransit.Logging.DiagnosticHeaders.DefaultListenerName);
        Assert.Equal("MassTransit", MassTransit.Monitoring.InstrumentationOptions.MeterName);
    }

    [Fact]
    public void The_outbox_relay_traces_under_the_platform_prefix() =>
        Assert.StartsWith("IndustryPlatform.", MessagingTelemetry.ActivitySourceName);

    [Fact]
    public void The_parked_messages_gauge_is_on_a_meter_under_the_platform_prefix() =>
        Assert.StartsWith("IndustryPlatform.", MessagingTelemetry.MeterName);
}
