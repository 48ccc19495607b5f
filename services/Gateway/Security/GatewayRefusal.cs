using Grpc.Core;
using IndustryPlatform.BuildingBlocks.Errors;

namespace IndustryPlatform.Gateway.Security;

/// <summary>
/// The gateway's own refusals, in the platform's one error shape: RFC 9457 ProblemDetails for REST, a gRPC status
/// (trailers-only response) for gRPC callers, with the same rule either way.
/// </summary>
public static class GatewayRefusal
{
    public static bool IsGrpc(HttpRequest request) =>
        request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;

    public static Task WriteAsync(HttpContext context, int status, string rule, string title, string detail)
    {
        var error = new DomainError(status, GrpcStatusFor(status), rule, title, detail, []);
        var response = context.Response;
        if (IsGrpc(context.Request))
        {
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/grpc";
            response.Headers["grpc-status"] = ((int)error.GrpcStatus).ToString(System.Globalization.CultureInfo.InvariantCulture);
            response.Headers["grpc-message"] = Uri.EscapeDataString(detail);
            return Task.CompletedTask;
        }

        response.StatusCode = status;
        var problem = error.ToProblemDetails(DomainError.CurrentTraceId(context.TraceIdentifier));
        return Results.Problem(problem).ExecuteAsync(context);
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
