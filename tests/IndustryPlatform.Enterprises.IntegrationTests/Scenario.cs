using IndustryPlatform.Rules;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.UseCases;

namespace IndustryPlatform.Enterprises.IntegrationTests;

/// <summary>Registers enterprises and records figures through the use cases, with fresh credit codes per call.</summary>
internal static class Scenario
{
    /// <summary>The current year in Huzhou: candidacies and certifications are judged against today, so tests use it.</summary>
    public static readonly int ThisYear = HuzhouCalendar.Today(TimeProvider.System).Year;

    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static string NewCreditCode()
    {
        var body = "91330500" + new string(Enumerable.Range(0, 9).Select(_ => Alphabet[Random.Shared.Next(Alphabet.Length)]).ToArray());
        return body + CreditCode.ComputeCheckCharacter(body);
    }

    public static async Task<string> RegisterAsync(
        this EnterprisesHost host, string district = "wuxing", string name = "湖州集成测试装备有限公司", string founded = "2012-05-01",
        string industry = "C3841", string chain = "nev")
    {
        var code = NewCreditCode();
        await host.UseAsync<RegisterEnterprise, RegistryEntry>(r => r.HandleAsync(
            new RegisterEnterpriseCommand(code, new EnterpriseDetails(name, null, district, industry, chain, founded)), TestContext.Current.CancellationToken));
        return code;
    }

    public static FiguresSubmission Figures(decimal revenue = 5_000m, decimal taxes = 200m, decimal rd = 200m, decimal valueAdded = 1_200m, decimal co2 = 500m) =>
        new(revenue, taxes, 300m, rd, 80, 40m, 400m, co2, valueAdded);

    public static Task<FiguresEntry> RecordAsync(this EnterprisesHost host, string code, int year, FiguresSubmission figures) =>
        host.UseAsync<RecordYearlyFigures, FiguresEntry>(r => r.HandleAsync(new RecordYearlyFiguresCommand(code, year, figures), TestContext.Current.CancellationToken));
}
