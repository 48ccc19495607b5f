using IndustryPlatform.Rules;
using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.BuildingBlocks.ReferenceData;
using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.Events;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Enterprises.UseCases;

/// <summary>
/// On every start: the regions and industry chains (an upsert by code), then — unless Enterprises:SeedDemoData is false —
/// the demo enterprises with their listing status, their 2023–2024 figures and certifications, each added only when
/// missing. Demo enterprises are registered through the domain with their events, so Projects and Indicators learn of
/// them like any other; each enterprise, certification and listing added also publishes its facts (ListingChanged,
/// TierRecordChanged), marked IsDemo. A demo enterprise registered by an earlier version of the seeds, before listing status was kept,
/// gets its demo listing as a change (with history and EnterpriseChanged) — but only while nobody has changed it since.
/// Two saves and a handful of queries, so the first start stays quick. A use case of its own: it goes through the
/// domain, the outbox and the pyramid and evaluation caches like any other write.
/// </summary>
internal sealed partial class EnterprisesSeeder(
    IConfiguration configuration, TierCatalogue catalogue, PyramidCache pyramid, EvaluationCache evaluations, TimeProvider clock,
    ILogger<EnterprisesSeeder> logger)
    : IDatabaseSeeder<EnterprisesDbContext>
{
    public const string DemoDataSetting = "Enterprises:SeedDemoData";
    private const string SeededBy = TierRecord.DemoRecorder;

    public async Task SeedAsync(EnterprisesDbContext db, SeedFiles seeds, CancellationToken cancellationToken)
    {
        await db.SeedReferenceDataAsync(seeds, cancellationToken);
        if (!configuration.GetValue(DemoDataSetting, defaultValue: true))
        {
            return;
        }

        var listings = await DemoListingsAsync(db, seeds, cancellationToken);
        var enterprises = seeds.Read<DemoEnterprisesFile>("demo-enterprises.json").Enterprises
            .Select(e => listings.TryGetValue(e.CreditCode, out var listing) ? e with { Listing = listing } : e)
            .ToList();
        var demo = seeds.Read<DemoFiguresFile>("demo-enterprise-figures.json");
        var now = HuzhouCalendar.Now(clock);

        var districts = await db.Enterprises.AsNoTracking().Select(e => new { e.CreditCode, e.DistrictCode, e.NameZh }).ToListAsync(cancellationToken);
        var districtOf = districts.ToDictionary(e => e.CreditCode.Value, e => e.DistrictCode, StringComparer.Ordinal);
        var nameOf = districts.ToDictionary(e => e.CreditCode.Value, e => e.NameZh, StringComparer.Ordinal);
        var reference = await db.LoadRegistryReferenceDataAsync(cancellationToken);
        var marked = await MarkEarlierDemoEnterprisesAsync(db, enterprises, cancellationToken);
        var registered = RegisterMissing(db, enterprises, districtOf, nameOf, reference);
        if (registered + marked > 0)
        {
            // The figures' and tier records' keys to the registry are not in the EF model, so the enterprises go in first.
            // Should the start stop between the two saves, the next start adds what is still missing.
            await db.SaveChangesAsync(cancellationToken);
        }

        var figures = await AddMissingFiguresAsync(db, demo.Figures, districtOf, now, cancellationToken);
        var certified = await AddMissingCertificationsAsync(db, demo.Certifications, districtOf, nameOf, now, cancellationToken);
        var listed = await ListUnchangedAsync(db, enterprises, reference, cancellationToken);
        var digital = await AddMissingDigitalLevelsAsync(db, seeds.Read<DemoDigitalLevelsFile>("demo-digital-levels.json").Levels, districtOf, cancellationToken);

        if (registered + figures + certified + listed + digital == 0)
        {
            return;
        }

        await db.SaveChangesAsync(cancellationToken);
        await pyramid.InvalidateAsync();
        await evaluations.InvalidateAsync();
        LogSeeded(logger, registered, figures, certified, listed, digital);
    }

    /// <summary>Registers the demo enterprises not yet in the registry and adds them to <paramref name="districtOf"/>, unsaved.</summary>
    private int RegisterMissing(
        EnterprisesDbContext db, IReadOnlyList<DemoEnterprise> enterprises, Dictionary<string, string> districtOf, Dictionary<string, string> nameOf,
        RegistryReferenceData reference)
    {
        var added = 0;
        foreach (var body in enterprises.Where(e => !districtOf.ContainsKey(e.CreditCode)))
        {
            var enterprise = Enterprise.Register(body.CreditCode, body.Details(), reference, clock);
            enterprise.MarkAsDemo();
            db.Enterprises.Add(enterprise);
            db.AddIntegrationEvent(enterprise.ToRegisteredEvent());
            db.AddIntegrationEvent(enterprise.ToListingChangedEvent());
            districtOf[enterprise.CreditCode.Value] = enterprise.DistrictCode;
            nameOf[enterprise.CreditCode.Value] = enterprise.NameZh;
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
        EnterprisesDbContext db, IReadOnlyList<DemoCertification> rows, Dictionary<string, string> districtOf, Dictionary<string, string> nameOf,
        DateTimeOffset now, CancellationToken cancellationToken)
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
            db.AddIntegrationEvent(record.ToFactsEvent(nameOf[row.CreditCode], now));
            added++;
        }

        return added;
    }

    /// <summary>The demo digital levels of enterprises that have no level recorded at all, so one recorded by hand is never mixed with invented ones.</summary>
    private async Task<int> AddMissingDigitalLevelsAsync(
        EnterprisesDbContext db, IReadOnlyList<DemoDigitalLevel> rows, Dictionary<string, string> districtOf, CancellationToken cancellationToken)
    {
        var recorded = (await db.DigitalLevelRecords.AsNoTracking().Select(r => r.CreditCode).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var row in rows.Where(r => districtOf.ContainsKey(r.CreditCode) && !recorded.Contains(r.CreditCode)))
        {
            db.DigitalLevelRecords.Add(DigitalLevelRecord.Record(
                row.CreditCode, districtOf[row.CreditCode], DigitalLevels.Parse(row.Level), row.ReachedOn, row.Evidence, SeededBy, isDemo: true, clock));
            added++;
        }

        return added;
    }

    /// <summary>
    /// Demo enterprises registered before the registry kept the demo mark get it, unsaved; not a change of their
    /// particulars (the version stays). Their facts reach consumers with the next resync.
    /// </summary>
    private static async Task<int> MarkEarlierDemoEnterprisesAsync(
        EnterprisesDbContext db, IReadOnlyList<DemoEnterprise> enterprises, CancellationToken cancellationToken)
    {
        var codes = enterprises.Select(e => CreditCode.Parse(e.CreditCode)).ToList();
        var unmarked = await db.Enterprises.Where(e => codes.Contains(e.CreditCode) && !e.IsDemo).ToListAsync(cancellationToken);
        foreach (var enterprise in unmarked)
        {
            enterprise.MarkAsDemo();
        }

        return unmarked.Count;
    }

    /// <summary>
    /// The demo listings by credit code, less any whose stock code an active enterprise other than the demo one already
    /// holds (someone registered it by hand): a demo listing never stops the service from starting.
    /// </summary>
    private static async Task<Dictionary<string, DemoListing>> DemoListingsAsync(EnterprisesDbContext db, SeedFiles seeds, CancellationToken cancellationToken)
    {
        var held = (await db.Enterprises.AsNoTracking()
                .Where(e => e.IsActive && e.StockCode != null)
                .Select(e => new { e.CreditCode, e.ListingExchange, e.StockCode })
                .ToListAsync(cancellationToken))
            .ToDictionary(e => (e.ListingExchange, e.StockCode), e => e.CreditCode.Value);
        return seeds.Read<DemoListingsFile>("demo-listings.json").Listings
            .Where(l => !held.TryGetValue((l.Exchange, l.StockCode), out var holder) || holder == l.CreditCode)
            .ToDictionary(l => l.CreditCode, StringComparer.Ordinal);
    }

    /// <summary>
    /// Gives demo enterprises registered before listing status was kept their demo listing, unsaved. Only those still at
    /// version 1 (as the seeder registered them) and not listed: anything a person changed is left alone.
    /// </summary>
    private async Task<int> ListUnchangedAsync(
        EnterprisesDbContext db, IReadOnlyList<DemoEnterprise> enterprises, RegistryReferenceData reference, CancellationToken cancellationToken)
    {
        var bodies = enterprises.Where(e => e.Listing is not null).ToDictionary(e => e.CreditCode, StringComparer.Ordinal);
        var codes = bodies.Keys.Select(CreditCode.Parse).ToList();
        var unlisted = await db.Enterprises
            .Where(e => codes.Contains(e.CreditCode) && e.Version == 1 && e.IsActive && e.ListingExchange == null)
            .ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var enterprise in unlisted)
        {
            if (enterprise.Change(1, bodies[enterprise.CreditCode.Value].Details(), reference, clock))
            {
                db.AddIntegrationEvent(enterprise.ToChangedEvent());
                db.AddIntegrationEvent(enterprise.ToListingChangedEvent());
                changed++;
            }
        }

        return changed;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Seeded demo data: {Enterprises} enterprises, {Figures} yearly figures, {Certifications} certifications, {Listed} listings added to earlier demo enterprises, {DigitalLevels} digital levels")]
    private static partial void LogSeeded(ILogger logger, int enterprises, int figures, int certifications, int listed, int digitalLevels);
}
