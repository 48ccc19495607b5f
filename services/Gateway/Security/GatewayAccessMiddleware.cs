using IndustryPlatform.Rules;
using IndustryPlatform.BuildingBlocks.Security;
using Microsoft.AspNetCore.Http.Features;

namespace IndustryPlatform.Gateway.Security;

/// <summary>
/// First of the two checks (the services make the second): a token, the role the request needs, and for a district
/// a write body that names no other district. Every refusal says which rule refused and why.
/// </summary>
public sealed class GatewayAccessMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!AccessRules.IsProtected(request.Path))
        {
            await next(context);
            return;
        }

        if (Caller.From(context.User) is not { } caller)
        {
            var sentToken = request.Headers.Authorization.Count > 0;
            context.Response.Headers.WWWAuthenticate = sentToken ? "Bearer error=\"invalid_token\"" : "Bearer";
            await GatewayRefusal.WriteAsync(context, StatusCodes.Status401Unauthorized,
                sentToken ? RuleCodes.Token.Invalid : RuleCodes.Token.Missing,
                "Unauthenticated",
                sentToken
                    ? "The access token is expired, altered or not issued by this gateway; get a new one from /connect/token."
                    : "A bearer access token is required: get one from /connect/token with the client credentials grant.");
            return;
        }

        var role = AccessRules.RequiredRole(request.Method, request.Path);
        if (!caller.Has(role))
        {
            await GatewayRefusal.WriteAsync(context, StatusCodes.Status403Forbidden, RuleCodes.Role.Missing, "Forbidden",
                $"Client '{caller.ClientId}' does not have the '{role}' role this request needs.");
            return;
        }

        if (!caller.IsCity && IsRestWrite(request)
            && await RegionsNamedAsync(context) is var regions
            && regions.FirstOrDefault(r => !caller.MayWrite(r)) is { } foreign)
        {
            await GatewayRefusal.WriteAsync(context, StatusCodes.Status403Forbidden, RuleCodes.Region.NotYours, "Forbidden",
                $"Client '{caller.ClientId}' speaks for region '{caller.Region}' and may not write data of region '{foreign}'.");
            return;
        }

        await next(context);
    }

    private static bool IsRestWrite(HttpRequest request) =>
        !GatewayRefusal.IsGrpc(request)
        && (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method) || HttpMethods.IsDelete(request.Method));

    private static async Task<IReadOnlySet<string>> RegionsNamedAsync(HttpContext context)
    {
        var request = context.Request;
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == false)
        {
            return new HashSet<string>();
        }

        request.EnableBuffering();
        using var copy = new MemoryStream();
        // Past the body-size limit this throws BadHttpRequestException (413), which the limits middleware answers.
        await request.Body.CopyToAsync(copy, context.RequestAborted);
        request.Body.Position = 0;
        var isCsv = request.ContentType?.Contains("csv", StringComparison.OrdinalIgnoreCase) == true;
        return isCsv
            ? WriteRegions.InCsv(System.Text.Encoding.UTF8.GetString(copy.GetBuffer(), 0, (int)copy.Length))
            : WriteRegions.InJson(copy.GetBuffer().AsSpan(0, (int)copy.Length));
    }
}
