using IndustryPlatform.Rules;
using System.Text.Json;
using IndustryPlatform.BuildingBlocks.Errors;
using IndustryPlatform.Contracts.Enterprises.V1;
using IndustryPlatform.Enterprises.Api;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.Grpc;
using IndustryPlatform.Enterprises.UseCases;

namespace IndustryPlatform.Enterprises.Tests;

/// <summary>The listing status between the wire (proto and REST JSON) and the domain.</summary>
public sealed class ListingMessages_Map
{
    private static readonly DateTimeOffset At = new(2025, 3, 1, 1, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_gRPC_registration_without_a_listing_is_not_listed_and_with_one_carries_it()
    {
        var request = new RegisterEnterpriseRequest { CreditCode = "913305007490121183", NameZh = "莱宝", DistrictCode = "nantaihu", IndustryCode = "C3974" };

        var unlisted = request.ToCommand();
        request.Listing = new ListingStatus { Listed = true, Exchange = "szse-main", StockCode = "002106", ListedOn = "2007-01-12" };
        var listed = request.ToCommand();

        Assert.Null(unlisted.Details.Listing);
        Assert.Equal(ListingDetails.On("szse-main", "002106", "2007-01-12"), listed.Details.Listing);
    }

    [Fact]
    public void A_gRPC_change_carries_the_listing()
    {
        var request = new ChangeEnterpriseRequest
        {
            CreditCode = "913305007490121183", ExpectedVersion = 3, NameEn = "", ChainCode = "", FoundedOn = "",
            Listing = new ListingStatus { Listed = false },
        };

        Assert.Equal(ListingDetails.NotListed, request.ToCommand().Details.Listing);
    }

    [Fact]
    public void A_gRPC_change_that_leaves_an_optional_particular_unset_is_refused_rather_than_erasing_it()
    {
        var request = new ChangeEnterpriseRequest { CreditCode = "913305007490121183", ExpectedVersion = 3, NameZh = "莱宝", NameEn = "" };

        var refused = Assert.Throws<InvalidInputException>(() => request.ToCommand());

        Assert.Equal(["chain_code", "founded_on", "listing"], refused.Violations.Select(v => v.Field));
        Assert.All(refused.Violations, v => Assert.Equal("request.field-missing", v.Rule));
    }

    [Fact]
    public void The_gRPC_enterprise_always_states_its_listing()
    {
        var listed = Entry(new ListingEntry(true, "szse-main", "深交所主板", "002106", new DateOnly(2007, 1, 12))).ToMessage();
        var unlisted = Entry(null).ToMessage();

        Assert.Equal(new ListingStatus { Listed = true, Exchange = "szse-main", ExchangeNameZh = "深交所主板", StockCode = "002106", ListedOn = "2007-01-12" }, listed.Listing);
        Assert.Equal(new ListingStatus { Listed = false }, unlisted.Listing);
    }

    [Fact]
    public void The_gRPC_search_filters_by_listed_only_when_asked()
    {
        Assert.Null(new SearchEnterprisesRequest().ToSearch().Listed);
        Assert.True(new SearchEnterprisesRequest { Listed = true }.ToSearch().Listed);
        Assert.False(new SearchEnterprisesRequest { Listed = false }.ToSearch().Listed);
    }

    [Fact]
    public void A_REST_body_reads_the_listing_object()
    {
        var body = JsonSerializer.Deserialize<EnterpriseRegistrationBody>(
            """{"creditCode":"913305007490121183","nameZh":"莱宝","listing":{"listed":true,"exchange":"szse-main","stockCode":"002106","listedOn":"2007-01-12"}}""",
            JsonSerializerOptions.Web)!;

        Assert.Equal(ListingDetails.On("szse-main", "002106", "2007-01-12"), body.Details().Listing);
    }

    [Fact]
    public void A_REST_listing_without_listed_true_is_refused_rather_than_guessed()
    {
        var body = JsonSerializer.Deserialize<EnterpriseChangeBody>(
            """{"expectedVersion":1,"nameZh":"莱宝","districtCode":"nantaihu","industryCode":"C3974","listing":{"exchange":"szse-main","stockCode":"002106","listedOn":"2007-01-12"}}""",
            JsonSerializerOptions.Web)!;

        var ex = Assert.Throws<InvalidInputException>(() =>
            Domain.Enterprise.Register("913305007490121183", body.Details(), SeededReferenceData.Registry, new FixedClock(At)));

        Assert.Equal(("listing.listed", "listing.details-without-listing"), (ex.Violations[0].Field, ex.Violations[0].Rule));
    }

    [Fact]
    public void REST_problems_name_the_listing_fields_in_JSON_spelling()
    {
        Assert.Equal("listing.stockCode", DomainError.RestFieldName(ListingDetails.StockCodeField));
        Assert.Equal("listing.listedOn", DomainError.RestFieldName(ListingDetails.ListedOnField));
        Assert.Equal("listing.exchange", DomainError.RestFieldName(ListingDetails.ExchangeField));
    }

    private static RegistryEntry Entry(ListingEntry? listing) =>
        new("913305007490121183", "莱宝", null, "nantaihu", "C3974", null, null, At, At, 1, true, null, listing);
}
