using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.Rules;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.Events;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IndustryPlatform.Enterprises.UseCases;

public sealed record RegisterEnterpriseCommand(string? CreditCode, EnterpriseDetails Details);

/// <summary>
/// 企业登记 — adds an enterprise to the registry and announces it (EnterpriseRegistered, and its listing as ListingChanged) in
/// the same transaction;
/// a listed one changes the pyramid's listed count, so the cached pyramid is dropped.
/// </summary>
public sealed class RegisterEnterprise(EnterprisesDbContext db, RegistryReferenceDataSnapshot referenceData, PyramidCache pyramid, CurrentCaller caller, TimeProvider clock)
{
    public async Task<RegistryEntry> HandleAsync(RegisterEnterpriseCommand command, CancellationToken cancellationToken)
    {
        var reference = await referenceData.GetAsync(db, cancellationToken);
        var enterprise = Enterprise.Register(command.CreditCode, command.Details, reference, clock);
        caller.EnsureMayWrite(enterprise.DistrictCode, "enterprises");

        if (await db.Enterprises.AnyAsync(e => e.CreditCode == enterprise.CreditCode, cancellationToken))
        {
            throw AlreadyRegistered(enterprise.CreditCode);
        }

        await db.EnsureStockCodeFreeAsync(enterprise, cancellationToken);
        db.Enterprises.Add(enterprise);
        db.AddIntegrationEvent(enterprise.ToRegisteredEvent());
        db.AddIntegrationEvent(enterprise.ToListingChangedEvent());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException
        {
            SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "pk_enterprises",
        })
        {
            // A concurrent registration of the same code committed between the check above and this insert.
            throw AlreadyRegistered(enterprise.CreditCode);
        }
        catch (DbUpdateException ex) when (StockCodeHolder.IsTaken(ex))
        {
            throw StockCodeHolder.Taken(enterprise, "an enterprise registered at the same moment");
        }

        if (enterprise.IsListed)
        {
            await pyramid.InvalidateAsync();
        }

        return RegistryEntry.From(enterprise);
    }

    private static AlreadyExistsException AlreadyRegistered(CreditCode code) =>
        new(RuleCodes.Enterprise.AlreadyRegistered, $"An enterprise with credit code {code} is already registered.");
}
