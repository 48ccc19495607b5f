namespace IndustryPlatform.BuildingBlocks.ReferenceData;

public enum IndustryChainKind
{
    /// <summary>八大新兴产业链</summary>
    Emerging,
    /// <summary>传统产业</summary>
    Traditional,
}
