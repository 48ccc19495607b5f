namespace IndustryPlatform.Projects.Domain;

/// <summary>The bureau's lists: the three lists (三张清单) and the stuck projects (破五未).</summary>
public enum ProjectListKind
{
    /// <summary>拟开工 — filed, start planned in the period.</summary>
    ToStart = 1,
    /// <summary>竣工 — started, completion planned in the period.</summary>
    ToComplete = 2,
    /// <summary>升规 — in production, above-scale planned in the period.</summary>
    ToReachScale = 3,
    /// <summary>破五未 — the next stage (未开工 未竣工 未投产 未上规 未达产) is past its planned date.</summary>
    Stuck = 4,
}
