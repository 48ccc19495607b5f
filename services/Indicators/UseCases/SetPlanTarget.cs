using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.BuildingBlocks.ReferenceData;
using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Domain;
using IndustryPlatform.Indicators.Domain.Plan;
using IndustryPlatform.Rules;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Indicators.UseCases;

/// <summary>
/// 设定目标 — the city sets one target of its plan: checked by the plan's rules, made against the version the caller
/// read, kept with who, when and why in the history, announced (PlanTargetChanged, through the outbox) in the same
/// transaction; then every cached read that showed targets is dropped, so the next summary or bulletin shows it.
/// </summary>
public sealed class SetPlanTarget(IndicatorsDbContext db, IndicatorCache cache, CurrentCaller caller, TimeProvider clock)
{
    public async Task<PlanTargetView> HandleAsync(TargetSetting setting, CancellationToken cancellationToken)
    {
        var who = caller.EnsureCity("the plan (年度计划)");

        var catalogue = await db.LoadCatalogueAsync(cancellationToken);
        var chains = (await db.Set<IndustryChain>().AsNoTracking().Select(c => c.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        InvalidInputException.ThrowIfAny(PlanRules.Check(setting, catalogue, chains, HuzhouCalendar.CurrentYear(clock)));

        var chain = setting.ChainCode ?? Target.WholeRegion;
        var target = await db.Targets.IgnoreQueryFilters().SingleOrDefaultAsync(
            t => t.IndicatorCode == setting.IndicatorCode && t.RegionCode == setting.RegionCode && t.Year == setting.Year && t.ChainCode == chain,
            cancellationToken);
        PlanRules.EnsureVersion(target, setting);

        var previous = target?.Value;
        if (target is null)
        {
            target = new Target { IndicatorCode = setting.IndicatorCode!, RegionCode = setting.RegionCode!, Year = setting.Year, ChainCode = chain, Value = setting.Value };
            db.Targets.Add(target);
        }
        else
        {
            target.Change(setting.Value);
        }

        var now = clock.GetUtcNow();
        db.PlanTargetChanges.Add(new PlanTargetChange
        {
            IndicatorCode = target.IndicatorCode, RegionCode = target.RegionCode, Year = target.Year, ChainCode = chain, Version = target.Version,
            Value = target.Value, PreviousValue = previous, Reason = setting.Reason!.Trim(), SetBy = who.ClientId, SetAt = now,
        });
        db.AddIntegrationEvent(new PlanTargetChanged(target.IndicatorCode, target.RegionCode, target.Chain, target.Year, target.Value, target.Version, who.ClientId, now));
        await db.SaveChangesOrConflictAsync(RuleCodes.AnnualPlan.VersionConflict,
            $"The target of {target.IndicatorCode} for {target.RegionCode} in {target.Year} was set by someone else meanwhile. Read it again and resend.",
            cancellationToken, PlanHistory.IsSetMeanwhile);

        await cache.InvalidatePlanAsync();
        var indicator = catalogue.Find(target.IndicatorCode)!;
        return new PlanTargetView(
            target.IndicatorCode, indicator.NameZh, indicator.Unit, target.RegionCode, target.Chain, target.Year, target.Value, target.Version,
            who.ClientId, now, setting.Reason.Trim());
    }
}
