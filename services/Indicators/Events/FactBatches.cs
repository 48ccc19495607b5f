using MassTransit;

namespace IndustryPlatform.Indicators.Events;

/// <summary>
/// How the fact consumers take messages: in batches of up to <see cref="MessageLimit"/>, or whatever arrived within
/// <see cref="TimeLimit"/>, <see cref="ConcurrencyLimit"/> batches at a time. A batch is one upsert statement and one
/// cache eviction, however many facts it holds.
/// </summary>
public static class FactBatches
{
    public const int MessageLimit = 200;
    public const int ConcurrencyLimit = 2;
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(20);

    public static void AddFactConsumer<TConsumer>(this IBusRegistrationConfigurator bus)
        where TConsumer : class, IConsumer
    {
        bus.AddConsumer<TConsumer>(consumer => consumer.Options<BatchOptions>(batch => batch
                .SetMessageLimit(MessageLimit)
                .SetTimeLimit(TimeLimit)
                .SetConcurrencyLimit(ConcurrencyLimit)))
            .Endpoint(endpoint =>
            {
                // Enough messages on hand to fill every batch in flight.
                endpoint.PrefetchCount = MessageLimit * ConcurrencyLimit;
                endpoint.ConcurrentMessageLimit = MessageLimit * ConcurrencyLimit;
            });
    }
}
