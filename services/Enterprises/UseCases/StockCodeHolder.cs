using IndustryPlatform.Rules;
using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IndustryPlatform.Enterprises.UseCases;

/// <summary>
/// One stock code, one active enterprise: the registry counts listed enterprises ("累计达62家"), so a listing entered
/// twice would be counted twice. The partial unique index <see cref="EnterpriseConfiguration.StockCodeIndex"/> holds the line under concurrency.
/// </summary>
internal static class StockCodeHolder
{

    /// <summary>Refuses (409) when another active enterprise is registered under the same exchange and stock code.</summary>
    public static async Task EnsureStockCodeFreeAsync(this EnterprisesDbContext db, Enterprise enterprise, CancellationToken cancellationToken)
    {
        if (!enterprise.IsListed)
        {
            return;
        }

        var code = enterprise.CreditCode;
        var holder = await db.Enterprises.AsNoTracking()
            .Where(e => e.IsActive && e.ListingExchange == enterprise.ListingExchange && e.StockCode == enterprise.StockCode && e.CreditCode != code)
            .Select(e => new { e.CreditCode, e.NameZh })
            .FirstOrDefaultAsync(cancellationToken);
        if (holder is not null)
        {
            throw Taken(enterprise, $"{holder.NameZh} ({holder.CreditCode})");
        }
    }

    public static bool IsTaken(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: EnterpriseConfiguration.StockCodeIndex };

    public static AlreadyExistsException Taken(Enterprise enterprise, string holder) =>
        new(RuleCodes.StockCode.AlreadyRegistered,
            $"Stock code {enterprise.StockCode} on {enterprise.Listing.Exchange?.NameZh} is already registered to {holder}; one listing belongs to one enterprise.");
}
