using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace IndustryPlatform.BuildingBlocks.Security;

/// <summary>
/// A call one service makes to another while serving a request carries the caller's own token, so the second service
/// checks the same client's roles and region rather than trusting the first.
/// </summary>
public sealed class ForwardCallerToken(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is null
            && accessor.HttpContext?.Request.Headers[HeaderNames.Authorization].ToString() is { Length: > 0 } authorization)
        {
            request.Headers.TryAddWithoutValidation(HeaderNames.Authorization, authorization);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
