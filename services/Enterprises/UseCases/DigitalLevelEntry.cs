using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Rules;

namespace IndustryPlatform.Enterprises.UseCases;

/// <summary>One recorded digital level as it is answered: the level written as the bureau writes it (none, 1.0, 2.0).</summary>
public sealed record DigitalLevelEntry(
    string CreditCode, string Level, string ReachedOn, string Evidence, string DistrictCode, string RecordedBy, DateTimeOffset RecordedAt, bool IsDemo)
{
    public static DigitalLevelEntry From(DigitalLevelRecord r) =>
        new(r.CreditCode, DigitalLevels.Write(r.Level), IsoDate.Write(r.ReachedOn), r.Evidence, r.DistrictCode, r.RecordedBy, r.RecordedAt, r.IsDemo);
}

/// <param name="Current">The level today.</param>
/// <param name="History">Every record, the latest recorded first.</param>
public sealed record DigitalLevelHistory(string CreditCode, string Current, IReadOnlyList<DigitalLevelEntry> History);
