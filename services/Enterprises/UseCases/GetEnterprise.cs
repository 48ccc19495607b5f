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

        if (await cache.GetAsync(code) is { } cached)
        {
            return new GetEnterpriseResult(cached, FromCache: true);
        }

        var enterprise = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.CreditCode == code, cancellationToken)
            ?? throw EnterpriseNotFound.For(code);
        var entry = RegistryEntry.From(enterprise);
        await cache.SetAsync(entry);
        return new GetEnterpriseResult(entry, FromCache: false);
    }
}
