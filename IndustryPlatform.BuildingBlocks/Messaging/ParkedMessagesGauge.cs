using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IndustryPlatform.BuildingBlocks.Messaging;

/// <summary>
/// <c>industry_platform.messaging.parked_messages{queue}</c>: the messages parked beside each receive queue, as the
/// dashboard's metrics show them. Counted in the background every <c>Messaging:ParkedMessagesRefresh</c> (15 s), because
/// the exporter's callback must not wait on the broker; while the broker cannot be asked, the gauge reports nothing
/// rather than an old count.
/// </summary>
public sealed partial class ParkedMessagesGauge : BackgroundService
{
    public const string InstrumentName = "industry_platform.messaging.parked_messages";
    public const string QueueTag = "queue";
    public const string RefreshSetting = "Messaging:ParkedMessagesRefresh";

    public static readonly TimeSpan DefaultRefresh = TimeSpan.FromSeconds(15);

    private readonly ParkedMessages _parked;
    private readonly TimeSpan _refresh;
    private readonly TimeProvider _clock;
    private readonly ILogger<ParkedMessagesGauge> _logger;
    private IReadOnlyList<ParkedQueue> _counted = [];
    private bool _brokerAway;

    public ParkedMessagesGauge(
        IMeterFactory meterFactory, ParkedMessages parked, IConfiguration configuration, TimeProvider clock, ILogger<ParkedMessagesGauge> logger)
    {
        _parked = parked;
        _refresh = configuration.GetValue(RefreshSetting, DefaultRefresh);
        _clock = clock;
        _logger = logger;
        meterFactory.Create(MessagingTelemetry.MeterName).CreateObservableGauge(
            InstrumentName,
            () => Volatile.Read(ref _counted).Select(q => new Measurement<long>(q.Parked, new KeyValuePair<string, object?>(QueueTag, q.Queue))),
            "{message}",
            "Messages parked in each receive queue's _error queue, waiting to be moved back (POST …/admin/parked-messages/{queue}/requeue).");
    }

    /// <summary>The counts the gauge reports now.</summary>
    public IReadOnlyList<ParkedQueue> Counted => Volatile.Read(ref _counted);

    /// <summary>Counts again now; what the background loop does every refresh.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            Volatile.Write(ref _counted, await _parked.CountAllAsync(cancellationToken));
            _brokerAway = false;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Volatile.Write(ref _counted, []);
            if (!_brokerAway)
            {
                _brokerAway = true;
                LogBrokerAway(ex);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await RefreshAsync(stoppingToken);
            try
            {
                await Task.Delay(_refresh, _clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Parked messages cannot be counted: the broker does not answer; the gauge reports nothing until it does")]
    private partial void LogBrokerAway(Exception exception);
}
