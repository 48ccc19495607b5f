using System.Net;
using System.Net.Http.Headers;
using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IndustryPlatform.BuildingBlocks.Tests.Security;

/// <summary>
/// A service of a stack with its own audience (Identity:Audience, set by the AppHost) refuses a token of the same
/// issuer and key made for another audience: two stacks that shared an issuer would still not take each other's tokens.
/// </summary>
public sealed class StackAudienceTests : IAsyncLifetime
{
    private const string OwnAudience = "industry-platform-0a1b2c3d4e5f";
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        foreach (var (key, value) in TestTokens.ServiceSettings)
        {
            builder.Configuration[key] = value;
        }

        builder.Configuration[PlatformAudience.Setting] = OwnAudience;
        builder.AddPlatformAuthentication();
        _app = builder.Build();
        _app.UsePlatformAuthentication();
        _app.MapGet("/figures", () => "ok").RequireRole(PlatformRoles.Read);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Theory]
    [InlineData(OwnAudience, HttpStatusCode.OK)]
    [InlineData(PlatformClaims.Audience, HttpStatusCode.Unauthorized)]
    [InlineData("industry-platform-ffffffffffff", HttpStatusCode.Unauthorized)]
    public async Task Only_a_token_for_the_stack_s_own_audience_is_taken(string audience, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/figures");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(TestTokens.City, audience: audience));

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public void Without_the_setting_the_audience_is_the_platform_s() =>
        Assert.Equal(PlatformClaims.Audience, PlatformAudience.From(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build()).Value);
}
