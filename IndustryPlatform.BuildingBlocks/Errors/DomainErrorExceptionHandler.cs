using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace IndustryPlatform.BuildingBlocks.Errors;

/// <summary>Turns every exception that reaches the HTTP pipeline into an RFC 9457 ProblemDetails; nothing about the cause leaks.</summary>
internal sealed partial class DomainErrorExceptionHandler(
    IProblemDetailsService problemDetails,
    ILogger<DomainErrorExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody is left to read an answer.
            httpContext.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
            return true;
        }

        var error = DomainError.FromHttp(exception);
        var traceId = DomainError.CurrentTraceId(httpContext.TraceIdentifier);
        if (error.IsUnexpected)
        {
            LogUnexpected(exception, httpContext.Request.Method, httpContext.Request.Path, traceId);
        }
        else
        {
            LogRefused(error.HttpStatus, error.Rule, httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = error.HttpStatus;
        if (error == DomainError.DatabaseUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = DomainError.DatabaseRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var problem = error.ToProblemDetails(traceId);
        var written = await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
        if (!written)
        {
            // The client's Accept header ruled out JSON; it still gets the problem, as the standard's media type.
            await httpContext.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
        }

        return true;
    }

    [LoggerMessage(LogLevel.Error, "Unexpected error in {Method} {Path} (trace id {TraceId})")]
    private partial void LogUnexpected(Exception exception, string method, string path, string traceId);

    [LoggerMessage(LogLevel.Information, "{Method} {Path} refused with {Status} ({Rule})")]
    private partial void LogRefused(int status, string rule, string method, string path);
}
