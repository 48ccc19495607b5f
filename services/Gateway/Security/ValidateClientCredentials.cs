using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace IndustryPlatform.Gateway.Security;

/// <summary>Only the client-credentials grant, and only for a registered client with its right secret.</summary>
public sealed class ValidateClientCredentials(ClientRegistry registry) : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        if (!context.Request.IsClientCredentialsGrantType())
        {
            context.Reject(Errors.UnsupportedGrantType, "Only grant_type=client_credentials is supported.");
        }
        else if (registry.Authenticate(context.ClientId, context.Request.ClientSecret) is null)
        {
            context.Reject(Errors.InvalidClient, "The client_id or client_secret is not valid.");
        }

        return ValueTask.CompletedTask;
    }
}
