using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.Rules;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.Events;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Enterprises.UseCases;

/// <param name="ExpectedVersion">The version the caller read; the change is refused if the enterprise has moved on since.</param>
public sealed record ChangeEnterpriseCommand(string? CreditCode, int ExpectedVersion, EnterpriseDetails Details);

/// <summary>
/// 信息变更 — replaces an enterprise's particulars, announces it (EnterpriseChanged, ListingChanged) in the same transaction,
/// then drops the cached copy, and the cached pyramid when the listing status or the district of a listed enterprise moved.
/// </summary>
public sealed class ChangeEnterprise(
    EnterprisesDbContext db, RegistryReferenceDataSnapshot referenceData, EnterpriseCache cache, PyramidCache pyramid, EvaluationCache evaluations, CurrentCaller caller, TimeProvider clock)
{
    public async Task<RegistryEntry> HandleAsync(ChangeEnterpriseCommand command, CancellationToken cancellationToken)
    {
        var code = CreditCode.Parse(command.CreditCode);
        var enterprise = await db.Enterprises.SingleOrDefaultAsync(e => e.CreditCode == code, cancellationToken)
            ?? throw EnterpriseNotFound.For(code);
        caller.EnsureMayWrite(enterprise.DistrictCode, "enterprises");
        var reference = await referenceData.GetAsync(db, cancellationToken);
        var listedBefore = (enterprise.Listing, enterprise.DistrictCode);

        if (!enterprise.Change(command.ExpectedVersion, command.Details, reference, clock))
        {
            return RegistryEntry.From(enterprise);
        }

        caller.EnsureMayWrite(enterprise.DistrictCode, "enterprises");

        await db.EnsureStockCodeFreeAsync(enterprise, cancellationToken);
        db.AddIntegrationEvent(enterprise.ToChangedEvent());
        // Name and district travel with the listing fact too, so every change is a new one, not only a change of listing.
        db.AddIntegrationEvent(enterprise.ToListingChangedEvent());
        try
        {
            await db.SaveChangesOrConflictAsync(RuleCodes.Enterprise.VersionStale,
                $"Enterprise {code} was changed by someone else while this change was being made. Read it again and reapply the change.", cancellationToken);
        }
        catch (DbUpdateException ex) when (StockCodeHolder.IsTaken(ex))
        {
            throw StockCodeHolder.Taken(enterprise, "an enterprise changed at the same moment");
        }

        await cache.RemoveAsync(code);
        await evaluations.InvalidateAsync();
        if ((listedBefore.Listing.IsListed || enterprise.IsListed) && listedBefore != (enterprise.Listing, enterprise.DistrictCode))
        {
            await pyramid.InvalidateAsync();
        }

        return RegistryEntry.From(enterprise);
    }
}
