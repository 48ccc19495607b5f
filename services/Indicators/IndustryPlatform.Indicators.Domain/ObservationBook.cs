namespace IndustryPlatform.Indicators.Domain;

/// <summary>The latest known value of each series the rules need to look at, updated as rows of a batch are accepted.</summary>
public sealed class ObservationBook
{
    private readonly Dictionary<SeriesKey, Observation> _latest = [];

    public ObservationBook(IEnumerable<Observation> vintages)
    {
        foreach (var vintage in vintages)
        {
            Record(vintage);
        }
    }

    public void Record(Observation vintage)
    {
        if (!_latest.TryGetValue(vintage.Key, out var known) || known.Vintage < vintage.Vintage)
        {
            _latest[vintage.Key] = vintage;
        }
    }

    public Observation? Latest(SeriesKey key) => _latest.GetValueOrDefault(key);

    public decimal? Value(string indicator, string region, Period period, Basis basis) =>
        Latest(new SeriesKey(indicator, region, period, basis))?.Value;

    public IEnumerable<Observation> All => _latest.Values;
}
