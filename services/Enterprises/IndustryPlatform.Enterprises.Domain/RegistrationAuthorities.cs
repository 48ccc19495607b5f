namespace IndustryPlatform.Enterprises.Domain;

/// <summary>
/// 登记管理部门代码 and their 机构类别代码: which first two characters a unified social credit code may start with.
/// GB 32100-2015 table 1 as amended (1 机构编制, 5 民政, 9 工商, Y 其他) plus the authorities the national
/// code administration has assigned since (2 外交 … 8 工会, A 中央军委改革和编制办公室, N 农业).
/// </summary>
public static class RegistrationAuthorities
{
    private static readonly Dictionary<char, string> CategoriesByAuthority = new()
    {
        ['1'] = "1239", // 机构编制: 机关, 事业单位, 中央编办直接管理机构编制的群众团体, 其他
        ['2'] = "19",   // 外交: 外国常住新闻机构, 其他
        ['3'] = "123459", // 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
        ['4'] = "19",   // 文化: 外国在华文化中心, 其他
        ['5'] = "1239", // 民政: 社会团体, 民办非企业单位, 基金会, 其他
        ['6'] = "129",  // 旅游: 外国旅游部门常驻代表机构, 港澳台地区旅游部门常驻内地（大陆）代表机构, 其他
        ['7'] = "129",  // 宗教: 宗教活动场所, 宗教院校, 其他
        ['8'] = "19",   // 工会: 基层工会, 其他
        ['9'] = "123",  // 工商（市场监管）: 企业, 个体工商户, 农民专业合作社
        ['A'] = "19",   // 中央军委改革和编制办公室: 军队事业单位, 其他
        ['N'] = "1239", // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
        ['Y'] = "1",    // 其他: not divided into categories
    };

    public static bool IsKnownPair(char authority, char category) =>
        CategoriesByAuthority.TryGetValue(authority, out var categories) && categories.Contains(category);
}
