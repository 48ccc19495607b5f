using IndustryPlatform.Gateway.Security.People;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace IndustryPlatform.Gateway.Security;

/// <summary>
/// Grants, each for its own kind of caller: client credentials for a registered client system with its right secret;
/// an authorization code, or a refresh token, for a registered interactive application (the cockpit) with its right
/// secret — the code itself, its PKCE verifier, its redirect address and the refresh token are checked by OpenIddict.
/// </summary>
public sealed class ValidateTokenRequest(ClientRegistry clients, StaffDirectory staff) : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        var request = context.Request;
        if (request.IsClientCredentialsGrantType())
        {
            if (clients.Authenticate(context.ClientId, request.ClientSecret) is null)
            {
                context.Reject(Errors.InvalidClient, "The client_id or client_secret is not valid.");
            }
        }
        else if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            if (staff.AuthenticateApplication(context.ClientId, request.ClientSecret) is null)
            {
                context.Reject(Errors.InvalidClient, "The client_id or client_secret is not valid.");
            }
        }
        else
        {
            context.Reject(Errors.UnsupportedGrantType, "Only grant_type=client_credentials, authorization_code and refresh_token are supported.");
        }

        return ValueTask.CompletedTask;
    }
}
