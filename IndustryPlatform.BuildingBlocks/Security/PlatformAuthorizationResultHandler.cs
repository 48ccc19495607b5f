using IndustryPlatform.BuildingBlocks.Errors;
using IndustryPlatform.Rules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace IndustryPlatform.BuildingBlocks.Security;

/// <summary>
/// A refusal by authorization says which rule refused, in the caller's transport: 403 <c>role.missing</c> naming the
/// role (PERMISSION_DENIED over gRPC), 401 <c>token.missing</c> or <c>token.invalid</c> (UNAUTHENTICATED).
/// </summary>
internal sealed class PlatformAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            return ErrorResponse.WriteAsync(context, MissingRole(context, policy));
        }

        if (authorizeResult.Challenged && ErrorResponse.IsGrpc(context.Request))
        {
            var tokenSent = context.Request.Headers.Authorization.Count > 0;
            context.Response.Headers[HeaderNames.WWWAuthenticate] = tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer";
            return ErrorResponse.WriteAsync(context, tokenSent ? DomainError.InvalidToken : DomainError.MissingToken);
        }

        // REST challenges: the bearer handler answers 401 with WWW-Authenticate; the status-code page adds the problem body.
        return _default.HandleAsync(next, context, policy, authorizeResult);
    }

    private static DomainError MissingRole(HttpContext context, AuthorizationPolicy policy)
    {
        var roles = policy.Requirements.OfType<ClaimsAuthorizationRequirement>()
            .Where(r => r.ClaimType == PlatformClaims.Role)
            .SelectMany(r => r.AllowedValues ?? [])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var who = Caller.From(context.User)?.ClientId ?? context.User.Identity?.Name ?? "the caller";
        var detail = roles.Count == 0
            ? $"Client '{who}' may not make this request."
            : $"Client '{who}' does not have the {string.Join(" or ", roles.Select(r => $"'{r}'"))} role this request needs.";
        return new DomainError(StatusCodes.Status403Forbidden, global::Grpc.Core.StatusCode.PermissionDenied, RuleCodes.Role.Missing, "Forbidden", detail, []);
    }
}
