using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Indicators.Data;
using IndustryPlatform.Indicators.Domain.Plan;
using IndustryPlatform.Rules;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Indicators.UseCases;

/// <summary>
/// 设定亮灯标准 — the city sets a year's light thresholds, as targets are set: checked, against the version read, kept
/// in the history, announced (LightThresholdsChanged, through the outbox); every cached read that lit a figure is dropped.
/// </summary>
public sealed class SetLightThresholds(IndicatorsDbContext db, IndicatorCache cache, CurrentCaller caller, TimeProvider clock)
{
    public async Task<LightThresholdsView> HandleAsync(ThresholdsSetting setting, CancellationToken cancellationToken)
    {
        var who = caller.EnsureCity("the plan's light thresholds (亮灯标准)");
        InvalidInputException.ThrowIfAny(PlanRules.Check(setting, HuzhouCalendar.CurrentYear(clock)));

        var thresholds = await db.LightThresholds.SingleOrDefaultAsync(t => t.Year == setting.Year, cancellationToken);
        PlanRules.EnsureVersion(thresholds, setting);
        if (thresholds is null)
        {
            thresholds = LightThresholds.Default(setting.Year);
            db.LightThresholds.Add(thresholds);
        }

        thresholds.Change(setting);
        var now = clock.GetUtcNow();
        db.LightThresholdsChanges.Add(new LightThresholdsChange
        {
            Year = thresholds.Year, Version = thresholds.Version, IndicatorYellowTolerance = thresholds.IndicatorYellowTolerance,
            ProjectYellowAfterDays = thresholds.ProjectYellowAfterDays, ProjectRedAfterDays = thresholds.ProjectRedAfterDays,
            Reason = setting.Reason!.Trim(), SetBy = who.ClientId, SetAt = now,
        });
        db.AddIntegrationEvent(new LightThresholdsChanged(
            thresholds.Year, thresholds.IndicatorYellowTolerance, thresholds.ProjectYellowAfterDays, thresholds.ProjectRedAfterDays, thresholds.Version, who.ClientId, now));
        await db.SaveChangesOrConflictAsync(RuleCodes.AnnualPlan.VersionConflict,
            $"The light thresholds of {thresholds.Year} were set by someone else meanwhile. Read them again and resend.", cancellationToken,
            PlanHistory.IsSetMeanwhile);

        await cache.InvalidatePlanAsync();
        return LightThresholdsView.From(thresholds);
    }
}
