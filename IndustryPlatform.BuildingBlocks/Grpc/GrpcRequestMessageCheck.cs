using System.Buffers.Binary;
using System.Collections.Concurrent;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using IndustryPlatform.BuildingBlocks.Errors;
using IndustryPlatform.Rules;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace IndustryPlatform.BuildingBlocks.Grpc;

/// <summary>
/// Reads the one request message of a unary or server-streaming call before gRPC does, and refuses a frame that cannot
/// be one: shorter than its length prefix (INTERNAL, as the gRPC spec has it for a broken frame), longer than the
/// service accepts (RESOURCE_EXHAUSTED), or bytes that are not the method's message — garbage, a wrong wire type,
/// invalid UTF-8 in a string (INVALID_ARGUMENT). ASP.NET Core gRPC decodes that message before any interceptor runs
/// and reports its failure as UNKNOWN "Exception was thrown by handler"; a client deserves to be told what it sent.
/// Streamed requests are decoded inside the handler, where <see cref="DomainError"/> names the same failure.
/// </summary>
public sealed class GrpcRequestMessageCheck(RequestDelegate next, IOptions<GrpcServiceOptions> options)
{
    private const int HeaderLength = 5;
    private static readonly ConcurrentDictionary<IMethod, Func<byte[], object>?> Decoders = new();

    public async Task InvokeAsync(HttpContext context)
    {
        if (!ErrorResponse.IsGrpc(context.Request)
            || context.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>() is not { } grpc
            || grpc.Method.Type is not (MethodType.Unary or MethodType.ServerStreaming)
            || Decoders.GetOrAdd(grpc.Method, DecoderOf) is not { } decode)
        {
            await next(context);
            return;
        }

        var limit = options.Value.MaxReceiveMessageSize ?? int.MaxValue;
        var body = await ReadAtMostAsync(context.Request.Body, (long)limit + HeaderLength + 1, context.RequestAborted);
        if (Refusal(body, limit, decode) is { } refused)
        {
            await ErrorResponse.WriteAsync(context, refused);
            return;
        }

        context.Request.Body = new MemoryStream(body, writable: false);
        await next(context);
    }

    private static DomainError? Refusal(byte[] body, int limit, Func<byte[], object> decode)
    {
        if (body.Length < HeaderLength)
        {
            return Broken("The request ended inside the gRPC message header (5 bytes: compressed flag and length).");
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(1, 4));
        if (length > limit)
        {
            return new(413, StatusCode.ResourceExhausted, RuleCodes.Request.TooLarge, "Payload too large",
                $"The request message is {length} bytes; this service accepts at most {limit}.", []);
        }

        if (body.Length < HeaderLength + length)
        {
            return Broken($"The request message is announced as {length} bytes but only {body.Length - HeaderLength} arrived.");
        }

        if (body[0] != 0)
        {
            // Compressed: gRPC itself decompresses (or refuses an unknown encoding) before decoding.
            return null;
        }

        try
        {
            decode(body[HeaderLength..(int)(HeaderLength + length)]);
            return null;
        }
        catch (Exception ex) when (ex is Google.Protobuf.InvalidProtocolBufferException or System.Text.DecoderFallbackException or ArgumentException)
        {
            return DomainError.UnreadableMessage;
        }
    }

    private static DomainError Broken(string detail) =>
        new(400, StatusCode.Internal, RuleCodes.Request.BodyIncomplete, "Bad request", detail, []);

    private static async Task<byte[]> ReadAtMostAsync(Stream body, long most, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while (buffer.Length < most && (read = await body.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, most - buffer.Length)), cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The method's own request deserializer (the generated parser), or null when it has none to call.</summary>
    private static Func<byte[], object>? DecoderOf(IMethod method)
    {
        var marshaller = method.GetType().GetProperty("RequestMarshaller")?.GetValue(method);
        var deserializer = marshaller?.GetType().GetProperty("ContextualDeserializer")?.GetValue(marshaller) as Delegate;
        if (deserializer is null)
        {
            return null;
        }

        // Func<DeserializationContext, TRequest> is a Func<DeserializationContext, object>: protobuf messages are classes.
        var decode = (Func<DeserializationContext, object>)deserializer;
        return payload => decode(new Payload(payload));
    }

    /// <summary>A whole message already in memory, as gRPC hands it to a generated parser.</summary>
    private sealed class Payload(byte[] bytes) : DeserializationContext
    {
        public override int PayloadLength => bytes.Length;

        public override byte[] PayloadAsNewBuffer() => (byte[])bytes.Clone();

        public override System.Buffers.ReadOnlySequence<byte> PayloadAsReadOnlySequence() => new(bytes);
    }
}
