using IndustryPlatform.Rules;
using System.Security.Claims;
using IndustryPlatform.BuildingBlocks.Errors;
using IndustryPlatform.BuildingBlocks.Security;

namespace IndustryPlatform.BuildingBlocks.Tests;

public sealed class Caller_Access
{
    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "Bearer"));

    [Fact]
    public void A_caller_is_read_from_the_tokens_client_region_and_roles()
    {
        var caller = Caller.From(Principal(("sub", "district-anji"), ("region", "anji"), ("role", "read"), ("role", "submit")));

        Assert.NotNull(caller);
        Assert.Equal("district-anji", caller.ClientId);
        Assert.True(caller.Has("submit"));
        Assert.False(caller.Has("certify"));
    }

    [Fact]
    public void A_principal_without_region_or_not_authenticated_is_no_caller()
    {
        Assert.Null(Caller.From(Principal(("sub", "x"))));
        Assert.Null(Caller.From(new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "x"), new Claim("region", "anji")]))));
        Assert.Null(Caller.From(null));
    }

    [Fact]
    public void A_district_writes_its_own_region_and_the_city_writes_all()
    {
        var anji = new Caller("district-anji", "anji", new HashSet<string>());
        var city = new Caller("city-bureau", "huzhou", new HashSet<string>());

        Assert.True(anji.MayWrite("anji"));
        Assert.False(anji.MayWrite("deqing"));
        Assert.True(city.MayWrite("deqing"));
        var refused = Assert.Throws<ForbiddenException>(() => anji.EnsureMayWrite("deqing", "projects"));
        Assert.Equal("region.not-yours", refused.Rule);
        Assert.Contains("'deqing'", refused.Message);
    }

    [Fact]
    public void Forbidden_is_a_403_and_permission_denied()
    {
        var error = DomainError.From(new ForbiddenException(RuleCodes.Region.NotYours, "no"));

        Assert.Equal(403, error.HttpStatus);
        Assert.Equal(global::Grpc.Core.StatusCode.PermissionDenied, error.GrpcStatus);
    }
}
