using IndustryPlatform.Rules;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Enterprises.Events;

/// <summary>
/// A project reaching 上规 makes its enterprise above-scale for the year it did so. Other stages, and enterprises the
/// registry does not know, change nothing here.
/// </summary>
public sealed partial class ProjectStageAdvancedConsumer(EnterprisesDbContext db, TimeProvider clock, ILogger<ProjectStageAdvancedConsumer> logger)
    : IdempotentConsumer<ProjectStageAdvanced, EnterprisesDbContext>(db)
{
    protected override async Task ApplyAsync(ConsumeContext<ProjectStageAdvanced> context)
    {
        var message = context.Message;
        if (message.Stage != ProjectStage.AboveScale)
        {
            return;
        }

        if (!CreditCode.TryParse(message.EnterpriseCreditCode, out var code, out _))
        {
            LogUnknownEnterprise(logger, message.EnterpriseCreditCode, message.ProjectId);
            return;
        }

        var enterprise = await Db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.CreditCode == code, context.CancellationToken);
        if (enterprise is null)
        {
            LogUnknownEnterprise(logger, message.EnterpriseCreditCode, message.ProjectId);
            return;
        }

        var year = message.ActualDate.Year;
        if (await Db.AboveScaleYears.AnyAsync(a => a.CreditCode == code.Value && a.Year == year, context.CancellationToken))
        {
            return;
        }

        var now = HuzhouCalendar.Now(clock);
        Db.AboveScaleYears.Add(AboveScaleYear.Record(code.Value, year, AboveScaleYear.FromProject, now));
        Db.AddIntegrationEvent(new EnterpriseBecameAboveScale(code.Value, enterprise.DistrictCode, year, AboveScaleYear.FromProject, now));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Project {ProjectId} reached 上规 for enterprise {CreditCode}, which the registry does not know; ignored")]
    private static partial void LogUnknownEnterprise(ILogger logger, string creditCode, Guid projectId);
}
