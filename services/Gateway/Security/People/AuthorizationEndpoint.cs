using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using IndustryPlatform.BuildingBlocks.Security;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace IndustryPlatform.Gateway.Security.People;

/// <summary>
/// /connect/authorize (authorization code with PKCE, checked by <see cref="ValidateInteractiveRequests"/>) and
/// /connect/logout. A person not yet signed in at the gateway is sent to the <see cref="LoginPage"/> first.
/// </summary>
public static class AuthorizationEndpoint
{
    public const string Path = "/connect/authorize";
    public const string EndSessionPath = "/connect/logout";

    public static IEndpointRouteBuilder MapAuthorizationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync).ExcludeFromDescription();
        app.MapMethods(EndSessionPath, [HttpMethods.Get, HttpMethods.Post], (Func<HttpContext, Task<IResult>>)EndSessionAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext context, StaffDirectory staff, PlatformAudience audience)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server did not handle this authorization request.");
        var session = await context.AuthenticateAsync(LoginPage.Scheme);
        if (!session.Succeeded || staff.Find(session.Principal?.Identity?.Name) is not { } member)
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Results.Forbid(
                    new AuthenticationProperties(new Dictionary<string, string?>
                    {
                        [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.LoginRequired,
                        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The person is not signed in.",
                    }),
                    [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
            }

            // Back here, with the same parameters, once the login page has set the gateway's session.
            var parameters = context.Request.HasFormContentType ? [.. context.Request.Form] : context.Request.Query.ToList();
            var returnUrl = context.Request.PathBase + context.Request.Path + QueryString.Create(parameters);
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [LoginPage.Scheme]);
        }

        return Results.SignIn(StaffClaims.For(member, request.GetScopes(), audience), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> EndSessionAsync(HttpContext context)
    {
        await context.SignOutAsync(LoginPage.Scheme);
        // OpenIddict then sends the person back to the application's registered post-logout address.
        return Results.SignOut(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
