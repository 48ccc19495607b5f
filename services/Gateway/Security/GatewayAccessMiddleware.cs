using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.BuildingBlocks.Errors;

namespace IndustryPlatform.Gateway.Security;

/// <summary>
/// The door's one check: the API and the services' gRPC methods need a valid access token. Which role a request
/// needs, and whether its district may write the data it names, is decided by the service that owns the endpoint,
/// from the role declared on it and the records it holds — the same answer whichever way a request arrives.
/// </summary>
public sealed class GatewayAccessMiddleware(RequestDelegate next)
{
    /// <summary>True for the paths only a token opens: the REST API and the services' gRPC methods.</summary>
    public static bool IsProtected(PathString path) =>
        path.StartsWithSegments("/api") || (path.Value?.StartsWith("/industry.", StringComparison.Ordinal) ?? false);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!IsProtected(request.Path) || Caller.From(context.User) is not null)
        {
            await next(context);
            return;
        }

        var sentToken = request.Headers.Authorization.Count > 0;
        context.Response.Headers.WWWAuthenticate = sentToken ? "Bearer error=\"invalid_token\"" : "Bearer";
        await ErrorResponse.WriteAsync(context, sentToken ? DomainError.InvalidToken : DomainError.MissingToken);
    }
}
