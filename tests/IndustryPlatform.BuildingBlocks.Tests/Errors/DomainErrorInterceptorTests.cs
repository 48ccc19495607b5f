using IndustryPlatform.Rules;
using Google.Rpc;
using Grpc.Core;
using IndustryPlatform.BuildingBlocks.Errors;
using Microsoft.Extensions.Logging.Abstractions;

namespace IndustryPlatform.BuildingBlocks.Tests.Errors;

/// <summary>The interceptor around a service method, as gRPC calls it.</summary>
public sealed class DomainErrorInterceptorTests
{
    private readonly DomainErrorInterceptor _interceptor = new(NullLogger<DomainErrorInterceptor>.Instance);

    [Fact]
    public async Task A_domain_refusal_leaves_the_method_as_a_status_with_details()
    {
        var exception = await Assert.ThrowsAsync<RpcException>(() => CallAsync(
            new InvalidInputException("creditCode", RuleCodes.CreditCode.Length, "统一社会信用代码 must have 18 characters.")));

        Assert.Equal(StatusCode.InvalidArgument, exception.StatusCode);
        var status = exception.GetRpcStatus()!;
        Assert.Equal("creditCode", status.GetDetail<BadRequest>()!.FieldViolations.Single().Field);
        Assert.Equal("credit-code.length", status.GetDetail<ErrorInfo>()!.Reason);
    }

    [Fact]
    public async Task An_unexpected_exception_becomes_INTERNAL_with_a_generic_message()
    {
        var exception = await Assert.ThrowsAsync<RpcException>(() => CallAsync(
            new InvalidOperationException("Host=db;Username=postgres;Password=secret")));

        Assert.Equal(StatusCode.Internal, exception.StatusCode);
        Assert.DoesNotContain("secret", exception.Status.Detail);
        Assert.DoesNotContain("InvalidOperationException", exception.Status.Detail);
        Assert.StartsWith("An unexpected error occurred.", exception.Status.Detail);
        Assert.Equal("server.unexpected-error", exception.GetRpcStatus()!.GetDetail<ErrorInfo>()!.Reason);
    }

    [Fact]
    public async Task An_RpcException_thrown_on_purpose_passes_unchanged()
    {
        var thrown = new RpcException(new global::Grpc.Core.Status(StatusCode.PermissionDenied, "District wuxing may not write anji."));

        var exception = await Assert.ThrowsAsync<RpcException>(() => CallAsync(thrown));

        Assert.Same(thrown, exception);
    }

    [Fact]
    public async Task A_successful_call_returns_its_response()
    {
        var response = await _interceptor.UnaryServerHandler<string, string>("ping", new TestCallContext(), (request, _) => Task.FromResult(request + "-pong"));

        Assert.Equal("ping-pong", response);
    }

    private Task<string> CallAsync(Exception thrown) =>
        _interceptor.UnaryServerHandler<string, string>("request", new TestCallContext(), (_, _) => throw thrown);

    private sealed class TestCallContext : ServerCallContext
    {
        protected override string MethodCore => "/industry.enterprises.v1.Enterprises/Register";
        protected override string HostCore => "localhost";
        protected override string PeerCore => "ipv4:127.0.0.1:5000";
        protected override DateTime DeadlineCore => DateTime.MaxValue;
        protected override Metadata RequestHeadersCore { get; } = [];
        protected override CancellationToken CancellationTokenCore => CancellationToken.None;
        protected override Metadata ResponseTrailersCore { get; } = [];
        protected override global::Grpc.Core.Status StatusCore { get; set; }
        protected override WriteOptions? WriteOptionsCore { get; set; }
        protected override AuthContext AuthContextCore { get; } = new(null, []);

        protected override ContextPropagationToken CreatePropagationTokenCore(ContextPropagationOptions? options) => throw new NotSupportedException();

        protected override Task WriteResponseHeadersAsyncCore(Metadata responseHeaders) => Task.CompletedTask;
    }
}
