using IndustryPlatform.Rules;
using IndustryPlatform.Gateway.Security;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace IndustryPlatform.Gateway.Limits;

/// <summary>413 for a body over the limit: at once when Content-Length says so, otherwise when reading reaches it.</summary>
public sealed class RequestSizeMiddleware(RequestDelegate next, IOptions<GatewayLimitsOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = GatewayRefusal.IsGrpc(context.Request) ? options.Value.MaxGrpcRequestBodyBytes : options.Value.MaxRequestBodyBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            await RefuseAsync(context, limit);
            return;
        }

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            await RefuseAsync(context, limit);
        }
    }

    private static Task RefuseAsync(HttpContext context, long limit) =>
        GatewayRefusal.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, RuleCodes.Request.TooLarge, "Payload too large",
            $"The request body is larger than the {limit:N0} bytes this gateway accepts; send the batch in smaller parts.");
}
