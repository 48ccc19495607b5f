namespace IndustryPlatform.Enterprises.Domain;

/// <summary>What a tier criterion can be judged on, all taken from an enterprise's yearly figures.</summary>
public enum FigureMetric
{
    /// <summary>主营业务收入, 万元</summary>
    MainBusinessRevenue,

    /// <summary>在本市缴纳税收, 万元</summary>
    TaxesPaidInCity,

    /// <summary>工业投资, 万元</summary>
    IndustrialInvestment,

    /// <summary>研发费用, 万元</summary>
    RdSpend,

    /// <summary>研发费用占营业收入比例, %</summary>
    RdIntensityPercent,

    /// <summary>从业人员</summary>
    Employees,

    /// <summary>增加值, 万元</summary>
    ValueAdded,

    /// <summary>成立年数 (evaluation year minus founding year)</summary>
    YearsInBusiness,

    /// <summary>碳效等级 1–5 (1 best)</summary>
    CarbonGrade,
}
