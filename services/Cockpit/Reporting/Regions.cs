namespace IndustryPlatform.Cockpit.Reporting;

/// <summary>The city and its six districts, in the order the bureau's reports list them.</summary>
public static class Regions
{
    public const string City = "huzhou";

    public static readonly IReadOnlyList<(string Code, string Zh, string En)> Districts =
    [
        ("wuxing", "吴兴区", "Wuxing"),
        ("nanxun", "南浔区", "Nanxun"),
        ("deqing", "德清县", "Deqing"),
        ("changxing", "长兴县", "Changxing"),
        ("anji", "安吉县", "Anji"),
        ("nantaihu", "南太湖新区", "South Taihu"),
    ];

    public static string Name(string? code, Labels labels) => code switch
    {
        City => labels["湖州市（市本级）", "Huzhou (city)"],
        "zhejiang" => labels["全省", "Zhejiang"],
        _ => Districts.FirstOrDefault(d => d.Code == code) is { Code: not null } d ? labels[d.Zh, d.En] : code ?? "",
    };
}
