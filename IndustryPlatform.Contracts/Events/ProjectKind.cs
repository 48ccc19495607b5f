namespace IndustryPlatform.Contracts.Events;

/// <summary>What kind of project: new manufacturing, technical upgrade (技改), land renewal (腾笼换鸟).</summary>
public enum ProjectKind
{
    NewManufacturing = 1,
    TechnicalUpgrade = 2,
    LandRenewal = 3,
}
