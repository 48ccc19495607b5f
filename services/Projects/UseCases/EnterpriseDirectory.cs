using Grpc.Core;
using IndustryPlatform.Rules;
using IndustryPlatform.Contracts.Enterprises.V1;
using IndustryPlatform.Projects.Data;
using IndustryPlatform.Projects.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Projects.UseCases;

/// <summary>
/// Does the owning enterprise exist? Projects' own copy answers first; an enterprise registered a moment ago may not
/// have arrived yet, so on a miss the registry is asked (gRPC GetEnterprise) and the answer kept in the copy — saved at
/// once, since the enterprise's event may be stored by its consumer at the same moment (then that copy stands).
/// </summary>
public sealed class EnterpriseDirectory(ProjectsDbContext db, EnterpriseRegistry.EnterpriseRegistryClient registry, TimeProvider clock)
{
    public async Task RequireAsync(string? creditCode, CancellationToken cancellationToken)
    {
        var code = creditCode?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code) || await db.KnownEnterprises.AnyAsync(e => e.CreditCode == code, cancellationToken))
        {
            return;
        }

        Enterprise enterprise;
        try
        {
            enterprise = await registry.GetEnterpriseAsync(new GetEnterpriseRequest { CreditCode = code }, cancellationToken: cancellationToken);
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument)
        {
            throw new InvalidInputException([new("enterprise_credit_code", RuleCodes.Enterprise.NotRegistered,
                $"No enterprise with credit code {code} is registered; register it in Enterprises first.")]);
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
        {
            throw new InvalidInputException([new("enterprise_credit_code", RuleCodes.Enterprise.NotVerifiable,
                $"Enterprise {code} is not yet known to Projects and the enterprise registry could not be reached to check it; try again shortly.")]);
        }

        await db.ApplyEnterpriseSnapshotAsync(
            new EnterpriseSnapshot(enterprise.CreditCode, enterprise.NameZh, NullIfEmpty(enterprise.NameEn), enterprise.DistrictCode,
                enterprise.IndustryCode, NullIfEmpty(enterprise.ChainCode), enterprise.Version),
            clock.GetUtcNow(),
            cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            // The registry's EnterpriseRegistered arrived in the meantime and its consumer stored the same enterprise.
            foreach (var entry in ex.Entries)
            {
                entry.State = EntityState.Detached;
            }
        }
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
