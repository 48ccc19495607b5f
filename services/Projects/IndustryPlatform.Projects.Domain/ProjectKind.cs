namespace IndustryPlatform.Projects.Domain;

/// <summary>What a project builds: new manufacturing capacity, a technical upgrade (技改) or land renewal (腾笼换鸟).</summary>
public enum ProjectKind
{
    NewManufacturing = 1,
    TechnicalUpgrade = 2,
    LandRenewal = 3,
}
