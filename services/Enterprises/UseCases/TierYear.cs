using IndustryPlatform.Rules;
using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.UseCases;

internal static class TierYear
{
    /// <summary>Tiers are proposed and counted for years that have begun and that the platform keeps.</summary>
    public static void Check(int year, TimeProvider clock)
    {
        var current = HuzhouCalendar.Today(clock).Year;
        if (year > current || year < FiguresSubmission.EarliestYear)
        {
            throw new InvalidInputException([new("year", RuleCodes.Tier.YearOutOfRange,
                $"The year {year} is outside {FiguresSubmission.EarliestYear}–{current}.")]);
        }
    }
}
