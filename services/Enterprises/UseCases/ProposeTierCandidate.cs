using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.Rules;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.Events;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IndustryPlatform.Enterprises.UseCases;

public sealed record ProposeTierCandidateCommand(string? CreditCode, string? TierCode, int Year, string? ProposedBy);

/// <summary>入培育库 — a person puts an enterprise in a tier's cultivation pool; announced as TierCandidateProposed.</summary>
public sealed class ProposeTierCandidate(EnterprisesDbContext db, TierCatalogue catalogue, CurrentCaller caller, TimeProvider clock)
{
    public async Task<TierRecordEntry> HandleAsync(ProposeTierCandidateCommand command, CancellationToken cancellationToken)
    {
        var code = CreditCode.Parse(command.CreditCode);
        var tier = catalogue.Get(command.TierCode);
        TierYear.Check(command.Year, clock);
        var proposedBy = command.ProposedBy?.Trim() ?? string.Empty;
        if (proposedBy.Length is 0 or > 100)
        {
            throw new InvalidInputException([new("proposed_by", RuleCodes.ProposedBy.Required, "Who proposes the candidate (proposed_by, 1–100 characters) is required.")]);
        }

        var enterprise = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.CreditCode == code, cancellationToken)
            ?? throw EnterpriseNotFound.For(code);
        caller.EnsureMayWrite(enterprise.DistrictCode, "the tier records of enterprises");
        if (await db.TierRecords.AnyAsync(r => r.CreditCode == code.Value && r.TierCode == tier.Code && r.Year == command.Year, cancellationToken))
        {
            throw AlreadyProposed(code.Value, tier.Code, command.Year);
        }

        var now = HuzhouCalendar.Now(clock);
        var record = TierRecord.Propose(code.Value, enterprise.DistrictCode, tier, command.Year, proposedBy, catalogue.CandidacyValidYears, now);
        db.TierRecords.Add(record);
        db.AddIntegrationEvent(record.ToProposedEvent(now));
        db.AddIntegrationEvent(record.ToFactsEvent(enterprise.NameZh, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException
        {
            SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: TierRecordConfiguration.OnePerTierAndYear,
        })
        {
            throw AlreadyProposed(code.Value, tier.Code, command.Year);
        }

        return TierRecordEntry.From(record, HuzhouCalendar.Today(clock));
    }

    internal static AlreadyExistsException AlreadyProposed(string code, string tier, int year) =>
        new(RuleCodes.TierRecord.Exists, $"Enterprise {code} already has a {tier} record for {year}.");
}
