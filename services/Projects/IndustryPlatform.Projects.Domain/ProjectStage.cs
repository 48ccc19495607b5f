namespace IndustryPlatform.Projects.Domain;

/// <summary>
/// The six milestones of an industrial project, in order. The events and the .proto carry their own copies of these
/// values (the wire is versioned on its own); the edges map between them by number.
/// </summary>
public enum ProjectStage
{
    /// <summary>备案 — filed.</summary>
    Filed = 1,

    /// <summary>开工 — construction started.</summary>
    Started = 2,

    /// <summary>竣工 — construction completed.</summary>
    Completed = 3,

    /// <summary>投产 — in production.</summary>
    InProduction = 4,

    /// <summary>上规 — the owning enterprise is above designated size.</summary>
    AboveScale = 5,

    /// <summary>达产 — at full capacity.</summary>
    AtCapacity = 6,
}
