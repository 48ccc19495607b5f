using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace IndustryPlatform.BuildingBlocks.Messaging;

public static class MessagingExtensions
{
    public const string ConnectionName = "rabbitmq";

    /// <summary>
    /// How often a failing consumer is retried in memory before MassTransit moves the message to <c>&lt;queue&gt;_error</c>.
    /// </summary>
    internal static readonly TimeSpan[] RetryIntervals =
        [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)];

    /// <summary>
    /// MassTransit over RabbitMQ (<c>ConnectionStrings:rabbitmq</c>) with receive endpoints named
    /// <c>&lt;serviceName&gt;-&lt;consumer&gt;</c> (so every service consuming an event gets its own queue), in-memory retry,
    /// then the error queue; plus the outbox relay that publishes what <typeparamref name="TDbContext"/> stored.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TDbContext>(
        this IHostApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator>? consumers = null)
        where TDbContext : DbContext
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            // dotnet ef builds the host to find the DbContext but starts nothing; it has no broker to name.
            ?? (EF.IsDesignTime ? "amqp://localhost" : throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} is not configured."));

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            consumers?.Invoke(bus);
            bus.AddConfigureEndpointsCallback((_, _, endpoint) => endpoint.UseMessageRetry(retry => retry.Intervals(RetryIntervals)));
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString), host =>
                {
                    // Publish completes only when the broker has taken the message; the relay relies on it.
                    host.PublisherConfirmation = true;
                    host.ConnectionName(serviceName);
                });
                rabbit.ConfigureEndpoints(context);
            });
        });

        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName);
        builder.Services.TryAddSingleton<OutboxSignal<TDbContext>>();
        builder.Services.AddHostedService<OutboxRelay<TDbContext>>();
        return builder;
    }
}
