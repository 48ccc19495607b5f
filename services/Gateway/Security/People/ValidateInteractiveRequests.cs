using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace IndustryPlatform.Gateway.Security.People;

/// <summary>
/// Degraded mode keeps no application store, so the gateway checks the interactive requests itself: only a registered
/// application, and only to one of its registered addresses — a code or a person is never sent anywhere else.
/// </summary>
public sealed class ValidateInteractiveRequests(StaffDirectory staff) :
    IOpenIddictServerHandler<ValidateAuthorizationRequestContext>,
    IOpenIddictServerHandler<ValidateEndSessionRequestContext>
{
    public ValueTask HandleAsync(ValidateAuthorizationRequestContext context)
    {
        if (staff.FindApplication(context.ClientId) is not { } application)
        {
            context.Reject(Errors.InvalidClient, "The client_id is not a registered application.");
        }
        else if (!application.RedirectUris.Contains(context.RedirectUri ?? "", StringComparer.Ordinal))
        {
            context.Reject(Errors.InvalidRequest, "The redirect_uri is not registered for this application.");
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask HandleAsync(ValidateEndSessionRequestContext context)
    {
        if (context.PostLogoutRedirectUri is { } address && !staff.IsPostLogoutAddress(address))
        {
            context.Reject(Errors.InvalidRequest, "The post_logout_redirect_uri is not registered for any application.");
        }

        return ValueTask.CompletedTask;
    }
}
