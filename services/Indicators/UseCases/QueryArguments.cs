using IndustryPlatform.Rules;
using IndustryPlatform.Indicators.Domain;

namespace IndustryPlatform.Indicators.UseCases;

/// <summary>Reads and checks the arguments queries share, refusing with the field and rule named.</summary>
public static class QueryArguments
{
    public static Indicator Indicator(Catalogue catalogue, string? code) =>
        catalogue.Find(code) ?? throw new NotFoundException(RuleCodes.Indicator.Unknown, $"'{code}' is not in the indicator catalogue.");

    public static RegionInfo Region(Catalogue catalogue, string? code) =>
        catalogue.Region(code) ?? throw new NotFoundException(RuleCodes.Region.Unknown, $"'{code}' is not a known region.");

    public static Period Period(string? text, string field = "period") =>
        Domain.Period.TryParse(text, out var period)
            ? period
            : throw new InvalidInputException([new RuleViolation(field, RuleCodes.Period.Invalid, $"'{text}' is not a period (yyyy, yyyy-Qn or yyyy-MM).")]);

    public static Basis Basis(string? text) =>
        string.IsNullOrWhiteSpace(text) ? Domain.Basis.Cumulative
        : Enum.TryParse<Basis>(text, ignoreCase: true, out var basis) ? basis
        : throw new InvalidInputException([new RuleViolation("basis", RuleCodes.Basis.Invalid, $"'{text}' is neither 'monthly' nor 'cumulative'.")]);
}
