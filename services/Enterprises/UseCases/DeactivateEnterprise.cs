using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.Rules;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.Events;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Enterprises.UseCases;

public sealed record DeactivateEnterpriseCommand(string? CreditCode, int ExpectedVersion, string? Reason);

/// <summary>注销 — deactivates an enterprise, announces it (EnterpriseChanged and ListingChanged with IsActive false), then drops the cached copy.</summary>
public sealed class DeactivateEnterprise(EnterprisesDbContext db, EnterpriseCache cache, CurrentCaller caller, TimeProvider clock)
{
    public async Task<RegistryEntry> HandleAsync(DeactivateEnterpriseCommand command, CancellationToken cancellationToken)
    {
        var code = CreditCode.Parse(command.CreditCode);
        var enterprise = await db.Enterprises.SingleOrDefaultAsync(e => e.CreditCode == code, cancellationToken)
            ?? throw EnterpriseNotFound.For(code);
        caller.EnsureMayWrite(enterprise.DistrictCode, "enterprises");
        enterprise.Deactivate(command.ExpectedVersion, command.Reason, clock);
        db.AddIntegrationEvent(enterprise.ToChangedEvent());
        db.AddIntegrationEvent(enterprise.ToListingChangedEvent());
        await db.SaveChangesOrConflictAsync(RuleCodes.Enterprise.VersionStale,
            $"Enterprise {code} was changed by someone else while it was being deactivated. Read it again.", cancellationToken);

        await cache.RemoveAsync(code);
        return RegistryEntry.From(enterprise);
    }
}
