using System.Globalization;
using System.Text;
using Google.Protobuf;
using Microsoft.AspNetCore.Http;

namespace IndustryPlatform.BuildingBlocks.Errors;

/// <summary>
/// Writes a refusal that no endpoint answered (authentication, authorization, the gateway's own limits) in the caller's
/// transport: a gRPC status with the same google.rpc details the services' interceptor sends, or an RFC 9457 problem.
/// </summary>
public static class ErrorResponse
{
    public static bool IsGrpc(HttpRequest request) =>
        request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;

    public static Task WriteAsync(HttpContext context, DomainError error)
    {
        var traceId = DomainError.CurrentTraceId(context.TraceIdentifier);
        var response = context.Response;
        if (!IsGrpc(context.Request))
        {
            response.StatusCode = error.HttpStatus;
            return Microsoft.AspNetCore.Http.Results.Problem(error.ToProblemDetails(traceId)).ExecuteAsync(context);
        }

        // A trailers-only answer: HTTP 200 and the status in the headers, as gRPC servers answer a call they refuse at once.
        var status = error.ToRpcStatus(traceId);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        response.Headers["grpc-status"] = status.Code.ToString(CultureInfo.InvariantCulture);
        response.Headers["grpc-message"] = PercentEncode(status.Message);
        response.Headers["grpc-status-details-bin"] = Convert.ToBase64String(status.ToByteArray());
        return Task.CompletedTask;
    }

    /// <summary>
    /// The gRPC spec's encoding of grpc-message: printable ASCII stays as it is (so a client that does not decode still
    /// reads plain words); '%' and everything else become %XX of its UTF-8 bytes.
    /// </summary>
    public static string PercentEncode(string message)
    {
        if (message.All(c => c is >= ' ' and <= '~' and not '%'))
        {
            return message;
        }

        var encoded = new StringBuilder(message.Length * 2);
        foreach (var b in Encoding.UTF8.GetBytes(message))
        {
            if (b is >= 0x20 and <= 0x7E and not (byte)'%')
            {
                encoded.Append((char)b);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }
}
