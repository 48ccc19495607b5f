namespace IndustryPlatform.Enterprises.Domain;

/// <summary>亩均效益分类 — the four classes of Zhejiang's per-mu evaluation, which decide the enterprise's share of policy resources.</summary>
public enum PerMuClass
{
    /// <summary>A类 优先发展类 — favoured first for land, energy and funds.</summary>
    A,

    /// <summary>B类 鼓励提升类 — encouraged to improve.</summary>
    B,

    /// <summary>C类 整治提升类 — to be rectified; differentiated prices for land, power and water.</summary>
    C,

    /// <summary>D类 淘汰整治类 — to be rectified or phased out.</summary>
    D,
}
