using System.Text;
using IndustryPlatform.Gateway.Security;

namespace IndustryPlatform.Gateway.Tests;

public sealed class WriteRegionsTests
{
    [Theory]
    [InlineData("""{ "creditCode": "x", "districtCode": "anji" }""", "anji")]
    [InlineData("""{ "district_code": "deqing" }""", "deqing")]
    [InlineData("""{ "rows": [ { "regionCode": "wuxing" }, { "regionCode": "anji" } ] }""", "anji,wuxing")]
    [InlineData("""{ "rows": [ { "RegionCode": "nanxun" } ], "region": "huzhou" }""", "huzhou,nanxun")]
    [InlineData("""{ "expectedVersion": 1, "stage": "Started" }""", "")]
    [InlineData("""{ "districtCode": 7 }""", "")]
    [InlineData("""{ "rows": [ { "regionCode": """, "")]
    [InlineData("[1, 2]", "")]
    [InlineData("""{ "districtCode": "\ud800" }""", "")]
    public void A_json_body_names_the_regions_it_writes(string body, string expected) =>
        Assert.Equal(expected, string.Join(',', WriteRegions.InJson(Encoding.UTF8.GetBytes(body)).Order()));

    [Theory]
    [InlineData("indicator_code,region_code,period,basis,value,unit\na,wuxing,2025-01,cumulative,1,亿元\nb,anji,2025-01,cumulative,2,亿元\n", "anji,wuxing")]
    [InlineData("indicatorCode,regionCode,period\na,\"deqing\",2025-01\n", "deqing")]
    [InlineData("no,region,column\n1,2,3\n", "")]
    [InlineData("", "")]
    public void A_csv_batch_names_the_regions_in_its_region_code_column(string body, string expected) =>
        Assert.Equal(expected, string.Join(',', WriteRegions.InCsv(body).Order()));
}
