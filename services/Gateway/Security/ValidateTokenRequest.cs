using IndustryPlatform.Gateway.Security.People;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace IndustryPlatform.Gateway.Security;

/// <summary>
/// Two grants, each for its own kind of caller: client credentials for a registered client system with its right
/// secret; an authorization code for a registered interactive application (the cockpit) with its right secret —
/// the code itself, its PKCE verifier and its redirect address are checked by OpenIddict.
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
        else if (request.IsAuthorizationCodeGrantType())
        {
            if (staff.AuthenticateApplication(context.ClientId, request.ClientSecret) is null)
            {
                context.Reject(Errors.InvalidClient, "The client_id or client_secret is not valid.");
            }
        }
        else
        {
            context.Reject(Errors.UnsupportedGrantType, "Only grant_type=client_credentials and grant_type=authorization_code are supported.");
        }

        return ValueTask.CompletedTask;
    }
}
