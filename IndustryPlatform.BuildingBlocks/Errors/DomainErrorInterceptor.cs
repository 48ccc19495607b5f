using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;

namespace IndustryPlatform.BuildingBlocks.Errors;

/// <summary>
/// Maps exceptions from gRPC service methods to status codes with google.rpc.Status details (BadRequest field
/// violations, ErrorInfo with the rule); anything unexpected becomes INTERNAL with a generic message and is logged.
/// </summary>
public sealed partial class DomainErrorInterceptor(ILogger<DomainErrorInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception ex) when (ShouldTranslate(ex, context))
        {
            throw Translate(ex, context);
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (Exception ex) when (ShouldTranslate(ex, context))
        {
            throw Translate(ex, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception ex) when (ShouldTranslate(ex, context))
        {
            throw Translate(ex, context);
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context);
        }
        catch (Exception ex) when (ShouldTranslate(ex, context))
        {
            throw Translate(ex, context);
        }
    }

    /// <summary>An RpcException already says what it means; a cancelled call is reported as cancelled by gRPC itself.</summary>
    private static bool ShouldTranslate(Exception exception, ServerCallContext context) =>
        exception is not RpcException
        && !(exception is OperationCanceledException && context.CancellationToken.IsCancellationRequested);

    private RpcException Translate(Exception exception, ServerCallContext context)
    {
        var error = DomainError.From(exception);
        var traceId = DomainError.CurrentTraceId(RequestId(context));
        if (error.IsUnexpected)
        {
            LogUnexpected(exception, context.Method, traceId);
        }
        else
        {
            LogRefused(context.Method, error.GrpcStatus, error.Rule);
        }

        return error.ToRpcException(traceId);
    }

    private static string? RequestId(ServerCallContext context)
    {
        try
        {
            return context.GetHttpContext().TraceIdentifier;
        }
        catch (InvalidOperationException)
        {
            // Not hosted by ASP.NET Core (an in-process call); the trace id, if any, still identifies it.
            return null;
        }
    }

    [LoggerMessage(LogLevel.Error, "Unexpected error in gRPC {Method} (trace id {TraceId})")]
    private partial void LogUnexpected(Exception exception, string method, string traceId);

    [LoggerMessage(LogLevel.Information, "gRPC {Method} refused with {Status} ({Rule})")]
    private partial void LogRefused(string method, StatusCode status, string rule);
}
