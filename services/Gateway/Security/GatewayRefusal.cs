using Grpc.Core;
using IndustryPlatform.BuildingBlocks.Errors;
using IndustryPlatform.Rules;

namespace IndustryPlatform.Gateway.Security;

/// <summary>
/// The gateway's own refusals, in the platform's one error shape: RFC 9457 ProblemDetails for REST, a gRPC status
/// (trailers-only response) for gRPC callers, with the same rule either way.
/// </summary>
public static class GatewayRefusal
{
    public static bool IsGrpc(HttpRequest request) => ErrorResponse.IsGrpc(request);

    public static Task WriteAsync(HttpContext context, int status, RuleCode rule, string title, string detail)
    {
        var error = new DomainError(status, GrpcStatusFor(status), rule, title, detail, []);
        return ErrorResponse.WriteAsync(context, error);
    }

    private static StatusCode GrpcStatusFor(int status) => status switch
    {
        401 => StatusCode.Unauthenticated,
        403 => StatusCode.PermissionDenied,
        408 or 504 => StatusCode.DeadlineExceeded,
        413 or 429 => StatusCode.ResourceExhausted,
        409 => StatusCode.Aborted,
        502 or 503 => StatusCode.Unavailable,
        >= 400 and < 500 => StatusCode.InvalidArgument,
        _ => StatusCode.Internal,
    };
}
