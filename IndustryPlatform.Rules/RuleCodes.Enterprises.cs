namespace IndustryPlatform.Rules;

/// <summary>The registry (企业库), yearly figures and the tier ladder (梯度培育).</summary>
public static partial class RuleCodes
{
    /// <summary>统一社会信用代码 (GB 32100-2015).</summary>
    public static class CreditCode
    {
        public static readonly RuleCode Length = Define("credit-code.length");
        public static readonly RuleCode Characters = Define("credit-code.characters");
        public static readonly RuleCode AuthorityCategory = Define("credit-code.authority-category");
        public static readonly RuleCode Division = Define("credit-code.division");
        public static readonly RuleCode CheckCharacter = Define("credit-code.check-character");
    }

    public static class NameZh
    {
        public static readonly RuleCode Required = Define("name-zh.required");
        public static readonly RuleCode TooLong = Define("name-zh.too-long");
    }

    public static class NameEn
    {
        public static readonly RuleCode TooLong = Define("name-en.too-long");
    }

    public static class IndustryCode
    {
        public static readonly RuleCode Required = Define("industry-code.required");
        public static readonly RuleCode Format = Define("industry-code.format");
    }

    public static class FoundedOn
    {
        public static readonly RuleCode Format = Define("founded-on.format");
        public static readonly RuleCode InFuture = Define("founded-on.in-future");
    }

    /// <summary>上市情况.</summary>
    public static class Listing
    {
        public static readonly RuleCode DetailsWithoutListing = Define("listing.details-without-listing");
        public static readonly RuleCode ExchangeRequired = Define("listing.exchange-required");
        public static readonly RuleCode ExchangeUnknown = Define("listing.exchange-unknown");
    }

    public static class StockCode
    {
        public static readonly RuleCode Required = Define("stock-code.required");
        public static readonly RuleCode Format = Define("stock-code.format");
        public static readonly RuleCode AlreadyRegistered = Define("stock-code.already-registered");
    }

    public static class ListedOn
    {
        public static readonly RuleCode Required = Define("listed-on.required");
        public static readonly RuleCode Format = Define("listed-on.format");
        public static readonly RuleCode InFuture = Define("listed-on.in-future");
        public static readonly RuleCode BeforeExchangeOpened = Define("listed-on.before-exchange-opened");
        public static readonly RuleCode BeforeFounding = Define("listed-on.before-founding");
    }

    public static class Enterprise
    {
        public static readonly RuleCode NotFound = Define("enterprise.not-found");
        public static readonly RuleCode AlreadyRegistered = Define("enterprise.already-registered");
        public static readonly RuleCode VersionStale = Define("enterprise.version-stale");
        public static readonly RuleCode Deactivated = Define("enterprise.deactivated");
        public static readonly RuleCode AlreadyDeactivated = Define("enterprise.already-deactivated");

        /// <summary>Projects: a project names its owning enterprise.</summary>
        public static readonly RuleCode Required = Define("enterprise.required");

        /// <summary>Projects: the owning enterprise is not in the registry.</summary>
        public static readonly RuleCode NotRegistered = Define("enterprise.not-registered");

        /// <summary>Projects: the registry could not be asked whether the enterprise exists.</summary>
        public static readonly RuleCode NotVerifiable = Define("enterprise.not-verifiable");
    }

    public static class DeactivationReason
    {
        public static readonly RuleCode Required = Define("deactivation-reason.required");
        public static readonly RuleCode TooLong = Define("deactivation-reason.too-long");
    }

    /// <summary>One year's figures of an enterprise (年度数据).</summary>
    public static class Figures
    {
        public static readonly RuleCode NotFound = Define("figures.not-found");
        public static readonly RuleCode YearInFuture = Define("figures.year-in-future");
        public static readonly RuleCode YearTooEarly = Define("figures.year-too-early");
    }

    /// <summary>One figure of a year's figures.</summary>
    public static class Figure
    {
        public static readonly RuleCode Required = Define("figure.required");
        public static readonly RuleCode Negative = Define("figure.negative");
        public static readonly RuleCode NotANumber = Define("figure.not-a-number");
    }

    public static class RdSpend
    {
        public static readonly RuleCode ExceedsRevenue = Define("rd-spend.exceeds-revenue");
    }

    public static class ValueAdded
    {
        public static readonly RuleCode ExceedsRevenue = Define("value-added.exceeds-revenue");
    }

    public static class Tier
    {
        public static readonly RuleCode Unknown = Define("tier.unknown");
        public static readonly RuleCode AlreadyCertified = Define("tier.already-certified");
        public static readonly RuleCode AlreadyRevoked = Define("tier.already-revoked");
        public static readonly RuleCode CandidateExpired = Define("tier.candidate-expired");
        public static readonly RuleCode YearOutOfRange = Define("tier.year-out-of-range");
        public static readonly RuleCode StatusUnknown = Define("tier.status-unknown");
    }

    public static class TierRecord
    {
        public static readonly RuleCode NotFound = Define("tier-record.not-found");
        public static readonly RuleCode Exists = Define("tier-record.exists");
        public static readonly RuleCode Revoked = Define("tier-record.revoked");
        public static readonly RuleCode ChangedConcurrently = Define("tier-record.changed-concurrently");
    }

    public static class CertifiedOn
    {
        public static readonly RuleCode BeforeTierYear = Define("certified-on.before-tier-year");
        public static readonly RuleCode InFuture = Define("certified-on.in-future");
    }

    public static class ProposedBy
    {
        public static readonly RuleCode Required = Define("proposed-by.required");
    }

    public static class RevocationReason
    {
        public static readonly RuleCode Required = Define("revocation-reason.required");
    }

    /// <summary>A carbon-efficiency grade asked for in a filter: 1 to 5.</summary>
    public static class CarbonGrade
    {
        public static readonly RuleCode OutOfRange = Define("carbon-grade.out-of-range");
    }

    /// <summary>A 亩均 class asked for in a filter: A, B, C or D.</summary>
    public static class PerMuClass
    {
        public static readonly RuleCode Unknown = Define("per-mu-class.unknown");
    }

    /// <summary>The order a list is asked in.</summary>
    public static class Sort
    {
        public static readonly RuleCode Unknown = Define("sort.unknown");
    }

    /// <summary>The form a list is asked in (json or csv).</summary>
    public static class Format
    {
        public static readonly RuleCode Unknown = Define("format.unknown");
    }

    /// <summary>数字化改造 levels: none, 1.0, 2.0.</summary>
    public static class DigitalLevel
    {
        public static readonly RuleCode Unknown = Define("digital-level.unknown");
        public static readonly RuleCode EvidenceRequired = Define("digital-level.evidence-required");
        public static readonly RuleCode EvidenceTooLong = Define("digital-level.evidence-too-long");
    }
}
