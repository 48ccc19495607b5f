using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Enterprises.UseCases;

public sealed record RecordDigitalLevelCommand(string? CreditCode, string? Level, DateOnly? ReachedOn, string? Evidence);

/// <summary>
/// 数字化改造水平登记 — records that an enterprise reached a level on a date, with the evidence. A district records
/// only for its own enterprises, as with every other write of the registry; earlier records stay as history.
/// </summary>
public sealed class RecordDigitalLevel(EnterprisesDbContext db, CurrentCaller caller, TimeProvider clock)
{
    public async Task<DigitalLevelEntry> HandleAsync(RecordDigitalLevelCommand command, CancellationToken cancellationToken)
    {
        var code = CreditCode.Parse(command.CreditCode);
        var level = DigitalLevels.Parse(command.Level);
        var enterprise = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.CreditCode == code, cancellationToken)
            ?? throw EnterpriseNotFound.For(code);
        caller.EnsureMayWrite(enterprise.DistrictCode, "the digital-transformation levels of enterprises");

        var record = DigitalLevelRecord.Record(
            code.Value, enterprise.DistrictCode, level, command.ReachedOn, command.Evidence, caller.Find()?.ClientId ?? "platform", isDemo: false, clock);
        db.DigitalLevelRecords.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return DigitalLevelEntry.From(record);
    }
}
