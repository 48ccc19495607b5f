namespace IndustryPlatform.Contracts.Events;

/// <summary>The six milestones of an industrial project, in order: 备案 开工 竣工 投产 上规 达产.</summary>
public enum ProjectStage
{
    /// <summary>备案</summary>
    Filed = 1,
    /// <summary>开工</summary>
    Started = 2,
    /// <summary>竣工</summary>
    Completed = 3,
    /// <summary>投产</summary>
    InProduction = 4,
    /// <summary>上规 — the owning enterprise becomes above designated size.</summary>
    AboveScale = 5,
    /// <summary>达产</summary>
    AtCapacity = 6,
}
