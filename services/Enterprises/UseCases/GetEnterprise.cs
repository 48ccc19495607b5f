using IndustryPlatform.Enterprises.Data;
using IndustryPlatform.Enterprises.Domain;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.Enterprises.UseCases;

/// <param name="FromCache">True when Redis answered, false when PostgreSQL did.</param>
public sealed record GetEnterpriseResult(RegistryEntry Enterprise, bool FromCache);

/// <summary>企业查询 — one enterprise by credit code, from the cache when it holds it.</summary>
public sealed class GetEnterprise(EnterprisesDbContext db, EnterpriseCache cache)
{
    public async Task<GetEnterpriseResult> HandleAsync(string? creditCode, CancellationToken cancellationToken)
    {
        var code = CreditCode.Parse(creditCode);

        var (entry, fromCache) = await cache.GetOrReadAsync(code, async () =>
            await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.CreditCode == code, cancellationToken) is { } enterprise
                ? RegistryEntry.From(enterprise)
                : null);
        return new GetEnterpriseResult(entry ?? throw EnterpriseNotFound.For(code), fromCache);
    }
}
