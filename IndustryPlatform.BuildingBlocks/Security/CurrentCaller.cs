using IndustryPlatform.Rules;
using Microsoft.AspNetCore.Http;

namespace IndustryPlatform.BuildingBlocks.Security;

/// <summary>The caller of the request being served (REST or gRPC), for use cases that record who or check a region.</summary>
public sealed class CurrentCaller(IHttpContextAccessor accessor)
{
    /// <summary>Null outside a request (an event consumer, a background job) or without a valid token.</summary>
    public Caller? Find() => Caller.From(accessor.HttpContext?.User);

    /// <summary>The authenticated caller; endpoints that need one require authorization, so its absence is a 401 in words.</summary>
    public Caller Get() => Find() ?? throw new UnauthenticatedException();

    /// <summary>
    /// Inside a request, refuses a write into a region that is not the caller's. Outside one (start-up seeding, an
    /// event consumer) there is no caller: the platform itself is writing.
    /// </summary>
    public void EnsureMayWrite(string regionCode, string what)
    {
        if (accessor.HttpContext is not null)
        {
            Get().EnsureMayWrite(regionCode, what);
        }
    }
}
