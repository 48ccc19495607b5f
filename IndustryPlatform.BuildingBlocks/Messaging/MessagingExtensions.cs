using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IndustryPlatform.BuildingBlocks.Messaging;

public static class MessagingExtensions
{
    public const string ConnectionName = "rabbitmq";

    /// <summary>
    /// Declares the receive queues as quorum queues (replicated on a majority of the broker's nodes) instead of classic
    /// ones: on in production (deploy/overlays/prod), off by default, as one local broker has nothing to replicate to.
    /// RabbitMQ cannot change a queue's type in place: a queue declared classic must be deleted (or moved) before.
    /// </summary>
    public const string QuorumQueuesSetting = "Messaging:QuorumQueues";

    /// <summary>How long a consumer keeps retrying a transient failure (a database restart, a broker failover) unless configured.</summary>
    public static readonly TimeSpan DefaultTransientRetryWindow = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The waits between retries of a transient failure: doubling from 200 ms to at most 30 s, until together they cover
    /// <paramref name="window"/>. A poison message is not retried at all: it goes to <c>&lt;queue&gt;_error</c> at once.
    /// </summary>
    public static TimeSpan[] TransientRetryIntervals(TimeSpan window)
    {
        var intervals = new List<TimeSpan>();
        var next = TimeSpan.FromMilliseconds(200);
        var total = TimeSpan.Zero;
        while (total < window)
        {
            intervals.Add(next);
            total += next;
            next = TimeSpan.FromTicks(Math.Min(next.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
        }

        return [.. intervals];
    }

    /// <summary>
    /// MassTransit over RabbitMQ (<c>ConnectionStrings:rabbitmq</c>) with receive endpoints named
    /// <c>&lt;serviceName&gt;-&lt;consumer&gt;</c> (so every service consuming an event gets its own queue), in-memory retry of
    /// transient failures for minutes, poison messages to the error queue at once; plus the outbox relay that publishes what <typeparamref name="TDbContext"/> stored,
    /// and the count of parked messages per receive queue (<see cref="ParkedMessages"/>, <see cref="ParkedMessagesGauge"/>).
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
            var intervals = TransientRetryIntervals(builder.Configuration.GetValue("Messaging:TransientRetryWindow", DefaultTransientRetryWindow));
            var quorumQueues = builder.Configuration.GetValue(QuorumQueuesSetting, false);
            bus.AddConfigureEndpointsCallback((context, queue, endpoint) =>
            {
                context.GetRequiredService<ReceiveQueues>().Add(queue);
                if (quorumQueues && endpoint is IRabbitMqReceiveEndpointConfigurator rabbitEndpoint)
                {
                    rabbitEndpoint.SetQuorumQueue();
                }

                endpoint.UseMessageRetry(retry =>
                {
                    retry.Handle<Exception>(TransientFailure.Is);
                    retry.Intervals(intervals);
                });
            });
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

        builder.Services.TryAddSingleton<ReceiveQueues>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(services => new ParkedMessages(
            services.GetRequiredService<ReceiveQueues>(), new Uri(connectionString), serviceName, services.GetRequiredService<ILogger<ParkedMessages>>()));
        builder.Services.TryAddSingleton<ParkedMessagesGauge>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ParkedMessagesGauge>());

        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName);
        builder.Services.TryAddSingleton<OutboxSignal<TDbContext>>();
        builder.Services.AddHostedService<OutboxRelay<TDbContext>>();
        return builder;
    }
}
