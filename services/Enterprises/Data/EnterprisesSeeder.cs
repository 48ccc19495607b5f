using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.BuildingBlocks.ReferenceData;
using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.Events;
using IndustryPlatform.Enterprises.UseCases;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Enterprises.Data;

/// <summary>
/// On every start: the regions and industry chains (an upsert by code), then — unless Enterprises:SeedDemoData is false —
/// the demo enterprises, their 2023–2024 figures and certifications, each added only when missing. Demo enterprises are
/// registered through the domain with their events, so Projects and Indicators learn of them like any other. Two
/// two saves and a handful of queries, so the first start stays quick.
/// </summary>
internal sealed partial class EnterprisesSeeder(
    IConfiguration configuration, TierCatalogue catalogue, PyramidCache pyramid, TimeProvider clock, ILogger<EnterprisesSeeder> logger)
    : IDatabaseSeeder<EnterprisesDbContext>
{
    public const string DemoDataSetting = "Enterprises:SeedDemoData";
    private const string SeededBy = "demo-seed";

    public async Task SeedAsync(EnterprisesDbContext db, SeedFiles seeds, CancellationToken cancellationToken)
    {
        await db.SeedReferenceDataAsync(seeds, cancellationToken);
        if (!configuration.GetValue(DemoDataSetting, defaultValue: true))
        {
            return;
        }

        var enterprises = seeds.Read<DemoEnterprisesFile>("demo-enterprises.json").Enterprises;
        var demo = seeds.Read<DemoFiguresFile>("demo-enterprise-figures.json");
        var now = ChinaCalendar.Now(clock);

        var districts = await db.Enterprises.AsNoTracking().Select(e => new { e.CreditCode, e.DistrictCode }).ToListAsync(cancellationToken);
        var districtOf = districts.ToDictionary(e => e.CreditCode.Value, e => e.DistrictCode, StringComparer.Ordinal);
        var registered = RegisterMissing(db, enterprises, districtOf, await db.LoadRegistryReferenceDataAsync(cancellationToken));
        if (registered > 0)
        {
            // The figures' and tier records' keys to the registry are not in the EF model, so the enterprises go in first.
            // Should the start stop between the two saves, the next start adds what is still missing.
            await db.SaveChangesAsync(cancellationToken);
        }

        var figures = await AddMissingFiguresAsync(db, demo.Figures, districtOf, now, cancellationToken);
        var certified = await AddMissingCertificationsAsync(db, demo.Certifications, districtOf, now, cancellationToken);

        if (registered + figures + certified == 0)
        {
            return;
        }

        await db.SaveChangesAsync(cancellationToken);
        await pyramid.InvalidateAsync();
        LogSeeded(logger, registered, figures, certified);
    }

    /// <summary>Registers the demo enterprises not yet in the registry and adds them to <paramref name="districtOf"/>, unsaved.</summary>
    private int RegisterMissing(
        EnterprisesDbContext db, IReadOnlyList<Api.EnterpriseRegistrationBody> enterprises, Dictionary<string, string> districtOf, RegistryReferenceData reference)
    {
        var added = 0;
        foreach (var body in enterprises.Where(e => !districtOf.ContainsKey(e.CreditCode ?? string.Empty)))
        {
            var enterprise = Enterprise.Register(body.CreditCode, body.Details(), reference, clock);
            db.Enterprises.Add(enterprise);
            db.AddIntegrationEvent(enterprise.ToRegisteredEvent());
            districtOf[enterprise.CreditCode.Value] = enterprise.DistrictCode;
            added++;
        }

        return added;
    }

    private async Task<int> AddMissingFiguresAsync(
        EnterprisesDbContext db, IReadOnlyList<DemoFigures> rows, Dictionary<string, string> districtOf, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = (await db.YearlyFigures.AsNoTracking().Select(f => new { f.CreditCode, f.Year }).ToListAsync(cancellationToken))
            .Select(f => (f.CreditCode, f.Year)).ToHashSet();
        var aboveScale = (await db.AboveScaleYears.AsNoTracking().Select(a => new { a.CreditCode, a.Year }).ToListAsync(cancellationToken))
            .Select(a => (a.CreditCode, a.Year)).ToHashSet();
        var added = 0;
        foreach (var row in rows.Where(r => !existing.Contains((r.CreditCode, r.Year)) && districtOf.ContainsKey(r.CreditCode)))
        {
            var values = new FiguresSubmission(row.MainBusinessRevenue, row.TaxesPaidInCity, row.IndustrialInvestment, row.RdSpend,
                row.Employees, row.LandMu, row.EnergyTce, row.Co2Tonnes, row.ValueAdded).Validate(row.Year, clock);
            db.YearlyFigures.Add(YearlyFigures.Record(row.CreditCode, row.Year, values, isDemo: true, now));
            added++;
            if (catalogue.AboveScale.IsMetBy(values) && aboveScale.Add((row.CreditCode, row.Year)))
            {
                db.AboveScaleYears.Add(AboveScaleYear.Record(row.CreditCode, row.Year, AboveScaleYear.FromRevenue, now));
                db.AddIntegrationEvent(new EnterpriseBecameAboveScale(row.CreditCode, districtOf[row.CreditCode], row.Year, AboveScaleYear.FromRevenue, now));
            }
        }

        return added;
    }

    private async Task<int> AddMissingCertificationsAsync(
        EnterprisesDbContext db, IReadOnlyList<DemoCertification> rows, Dictionary<string, string> districtOf, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = (await db.TierRecords.AsNoTracking().Select(r => new { r.CreditCode, r.TierCode, r.Year }).ToListAsync(cancellationToken))
            .Select(r => (r.CreditCode, r.TierCode, r.Year)).ToHashSet();
        var added = 0;
        foreach (var row in rows.Where(r => districtOf.ContainsKey(r.CreditCode)))
        {
            if (!existing.Add((row.CreditCode, row.TierCode, row.Year)))
            {
                continue;
            }

            var record = TierRecord.RecordCertification(row.CreditCode, districtOf[row.CreditCode], catalogue.Get(row.TierCode), row.Year, row.CertifiedOn, SeededBy, now);
            db.TierRecords.Add(record);
            db.AddIntegrationEvent(record.ToCertifiedEvent(now));
            added++;
        }

        return added;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded demo data: {Enterprises} enterprises, {Figures} yearly figures, {Certifications} certifications")]
    private static partial void LogSeeded(ILogger logger, int enterprises, int figures, int certifications);
}
