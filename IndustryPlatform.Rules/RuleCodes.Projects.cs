namespace IndustryPlatform.Rules;

/// <summary>Major industrial projects: registration, stages, re-plans, lists and statistics.</summary>
public static partial class RuleCodes
{
    /// <summary>The project's name.</summary>
    public static class Name
    {
        public static readonly RuleCode Required = Define("name.required");
        public static readonly RuleCode TooLong = Define("name.too-long");
    }

    public static class Kind
    {
        public static readonly RuleCode Unknown = Define("kind.unknown");
    }

    /// <summary>新引进 or 内生.</summary>
    public static class Origin
    {
        public static readonly RuleCode Required = Define("origin.required");
        public static readonly RuleCode Unknown = Define("origin.unknown");
    }

    public static class Investment
    {
        public static readonly RuleCode NotPositive = Define("investment.not-positive");
    }

    public static class EquipmentShare
    {
        public static readonly RuleCode OutOfRange = Define("equipment-share.out-of-range");
    }

    /// <summary>The planned dates of the stages.</summary>
    public static class Plan
    {
        public static readonly RuleCode OutOfOrder = Define("plan.out-of-order");
        public static readonly RuleCode BeforeCurrentStage = Define("plan.before-current-stage");
    }

    public static class Stage
    {
        public static readonly RuleCode Unknown = Define("stage.unknown");
        public static readonly RuleCode OutOfOrder = Define("stage.out-of-order");
        public static readonly RuleCode AlreadyReached = Define("stage.already-reached");

        /// <summary>A stage reached before the stage before it.</summary>
        public static readonly RuleCode BeforePreviousStage = Define("stage.before-previous-stage");
    }

    public static class Project
    {
        public static readonly RuleCode NotFound = Define("project.not-found");
        public static readonly RuleCode IdFormat = Define("project.id-format");
        public static readonly RuleCode VersionStale = Define("project.version-stale");
        public static readonly RuleCode AtCapacity = Define("project.at-capacity");

        /// <summary>技改 — a technical upgrade counts only from 500万元 (0.05亿) of total investment.</summary>
        public static readonly RuleCode UpgradeBelowMinimum = Define("project.upgrade-below-minimum");

        /// <summary>A withdrawn project (撤销) takes no further change.</summary>
        public static readonly RuleCode Withdrawn = Define("project.withdrawn");
    }

    /// <summary>A re-plan's or a withdrawal's reason.</summary>
    public static class Reason
    {
        public static readonly RuleCode Required = Define("reason.required");
        public static readonly RuleCode TooLong = Define("reason.too-long");
    }

    /// <summary>The project lists (三张清单, 破五未).</summary>
    public static class List
    {
        public static readonly RuleCode Unknown = Define("list.unknown");
    }

    /// <summary>A from–to range of dates.</summary>
    public static class DateRange
    {
        public static readonly RuleCode Reversed = Define("date-range.reversed");
    }

    /// <summary>A figure of the project statistics, for its drill-down.</summary>
    public static class StatisticsFigure
    {
        public static readonly RuleCode Unknown = Define("statistics-figure.unknown");
    }

    /// <summary>A minimum–maximum range of investment in a search.</summary>
    public static class InvestmentRange
    {
        public static readonly RuleCode Reversed = Define("investment-range.reversed");
    }

    /// <summary>Statistics by chain or by district.</summary>
    public static class Grouping
    {
        public static readonly RuleCode Unknown = Define("grouping.unknown");
    }
}
