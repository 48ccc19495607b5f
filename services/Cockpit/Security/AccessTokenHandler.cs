using System.Net.Http.Headers;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace IndustryPlatform.Cockpit.Security;

/// <summary>
/// Sends the signed-in person's own access token with every call to the gateway, so the API decides what they may do;
/// renewed by the circuit's <see cref="PersonSession"/> when it runs low.
/// </summary>
public sealed class AccessTokenHandler(CircuitServicesAccessor circuit, IHttpContextAccessor http) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var services = circuit.Services ?? http.HttpContext?.RequestServices;
        var user = circuit.Services?.GetService<AuthenticationStateProvider>() is { } state
            ? (await state.GetAuthenticationStateAsync()).User
            : http.HttpContext?.User;
        var token = services?.GetService<PersonSession>() is { } session
            ? await session.AccessTokenAsync(user, cancellationToken)
            : PersonTokens.Of(user)?.AccessToken;
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
