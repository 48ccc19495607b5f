namespace IndustryPlatform.Enterprises.Domain;

/// <summary>上市情况 that passed every rule: either not listed (all null) or listed with exchange, stock code and date.</summary>
public sealed record Listing(StockExchange? Exchange, string? StockCode, DateOnly? ListedOn)
{
    public static readonly Listing None = new(null, null, null);

    public bool IsListed => Exchange is not null;
}
