namespace IndustryPlatform.Indicators.Domain.Derived;

/// <summary>The date (or year) of a record that puts it in a period.</summary>
public enum CountedOn
{
    /// <summary>Projects: 备案 actual date.</summary>
    Filed,
    /// <summary>Projects: 开工 actual date.</summary>
    Started,
    /// <summary>Projects: 竣工 actual date.</summary>
    Completed,
    /// <summary>Projects: 投产 actual date.</summary>
    InProduction,
    /// <summary>Projects: 上规 actual date.</summary>
    AboveScale,
    /// <summary>Projects: 达产 actual date.</summary>
    AtCapacity,
    /// <summary>Projects: 计划开工 — the planned start.</summary>
    PlannedStart,
    /// <summary>Tiers: the record's own year (2023年度金象, certified in 2024) — annual indicators only.</summary>
    Year,
    /// <summary>Tiers: the day it was certified.</summary>
    Certified,
    /// <summary>Listings: 上市日期.</summary>
    Listed,
}
