using IndustryPlatform.BuildingBlocks.Caching;
using IndustryPlatform.Rules;
using System.Security.Cryptography;
using System.Text.Json;
using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.Gateway.Security;
using StackExchange.Redis;
using Yarp.ReverseProxy.Forwarder;

namespace IndustryPlatform.Gateway.Idempotency;

/// <summary>
/// A POST carrying an Idempotency-Key is done once per client and key for 24 h: a retry gets the first answer back
/// (marked Idempotency-Replayed), the same key with another body is a 422, and a retry while the first is still
/// running is told to wait (409). Only an answer the service itself produced is remembered: a 5xx, a 408 or 429, a
/// forwarding failure or a body the client never finished sending releases the key, so the client may simply retry.
/// Once the whole body has arrived, a client that gives up no longer cancels the call: the service finishes it and
/// its answer waits for the retry, so a write cannot be lost between "applied" and "answered".
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, IConnectionMultiplexer redis, RedisCallPolicy policy, ILogger<IdempotencyMiddleware> logger)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotency-Replayed";
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);
    private const int MaxKeyLength = 128;
    private const int MaxRememberedBody = 1024 * 1024;
    /// <summary>How long a keyed call may run on after its client left; beyond it the key is released.</summary>
    private static readonly TimeSpan DetachedCallLimit = TimeSpan.FromMinutes(2);
    /// <summary>A claim whose answer could never be written (Redis failed just then) frees its key after this, not after a day.</summary>
    private static readonly TimeSpan PendingRetention = DetachedCallLimit + TimeSpan.FromMinutes(1);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method) || GatewayRefusal.IsGrpc(request) || !request.Path.StartsWithSegments("/api")
            || request.Headers[Header].ToString() is not { Length: > 0 } key || Caller.From(context.User) is not { } caller)
        {
            await next(context);
            return;
        }

        if (key.Length > MaxKeyLength || key.Any(c => c is < '!' or > '~'))
        {
            await GatewayRefusal.WriteAsync(context, StatusCodes.Status400BadRequest, RuleCodes.IdempotencyKey.Invalid, "Invalid Idempotency-Key",
                $"An Idempotency-Key is 1 to {MaxKeyLength} visible ASCII characters, e.g. a UUID.");
            return;
        }

        string fingerprint;
        try
        {
            // A body that has arrived whole is read even if its client has just hung up: the write is then done
            // and its answer kept for the retry (see RunAndRememberAsync). A body cut short still fails here.
            using var bodyRead = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            fingerprint = await FingerprintAsync(request, bodyRead.Token);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or BadHttpRequestException)
        {
            // The client left (or broke off) before its body arrived: nothing was claimed, nothing reached a service.
            logger.LogInformation("A keyed POST ended before its body was read to the end; its key stays free");
            return;
        }

        var redisKey = new RedisKey($"gateway:idempotency:{caller.ClientId}:{key}");
        bool claimed;
        try
        {
            claimed = await policy.RunAsync(database => database.StringSetAsync(redisKey, Serialize(IdempotencyRecord.Pending(fingerprint)), PendingRetention, When.NotExists), redis);
        }
        catch (Exception e) when (RedisCallPolicy.IsOutage(e))
        {
            logger.LogWarning(e, "Idempotency store unavailable; refusing a keyed POST rather than risk doing it twice");
            await WriteStoreUnavailableAsync(context);
            return;
        }

        if (!claimed)
        {
            await AnswerRetryAsync(context, redisKey, fingerprint);
            return;
        }

        await RunAndRememberAsync(context, redisKey, fingerprint);
    }

    private async Task RunAndRememberAsync(HttpContext context, RedisKey redisKey, string fingerprint)
    {
        var original = context.Response.Body;
        var clientAborted = context.RequestAborted;
        using var detached = new CancellationTokenSource(DetachedCallLimit);
        context.RequestAborted = detached.Token;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        var remembered = false;
        try
        {
            await next(context);
            if (IsTheServicesOwnAnswer(context) && buffer.Length <= MaxRememberedBody)
            {
                var answer = new IdempotencyRecord(fingerprint, true, context.Response.StatusCode, context.Response.ContentType,
                    context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null, buffer.ToArray());
                remembered = await policy.RunAsync(database => database.StringSetAsync(redisKey, Serialize(answer), Retention), redis);
            }
        }
        catch (Exception e) when (RedisCallPolicy.IsOutage(e))
        {
            logger.LogWarning(e, "The answer to a keyed POST could not be remembered; a retry is told to wait until the claim expires");
            remembered = true;
        }
        finally
        {
            context.Response.Body = original;
            if (!remembered)
            {
                await ForgetAsync(redisKey);
            }
        }

        buffer.Position = 0;
        try
        {
            await buffer.CopyToAsync(original, clientAborted);
        }
        catch (Exception e) when (clientAborted.IsCancellationRequested && e is IOException or OperationCanceledException)
        {
            logger.LogInformation("The client of a keyed POST left before its answer; the answer waits for its retry");
        }
    }

    /// <summary>An answer worth replaying: not a forwarding failure, a 5xx, a request timeout or a rate limit.</summary>
    private static bool IsTheServicesOwnAnswer(HttpContext context) =>
        context.GetForwarderErrorFeature() is null
        && context.Response.StatusCode is < 500 and not StatusCodes.Status408RequestTimeout and not StatusCodes.Status429TooManyRequests;

    private async Task AnswerRetryAsync(HttpContext context, RedisKey redisKey, string fingerprint)
    {
        RedisValue stored;
        try
        {
            stored = await policy.RunAsync(database => database.StringGetAsync(redisKey), redis);
        }
        catch (Exception e) when (RedisCallPolicy.IsOutage(e))
        {
            logger.LogWarning(e, "Idempotency store unavailable while a retry asked for its first answer");
            await WriteStoreUnavailableAsync(context);
            return;
        }

        var record = stored.HasValue ? JsonSerializer.Deserialize<IdempotencyRecord>((byte[])stored!) : null;
        if (record is not null && record.Fingerprint != fingerprint)
        {
            await GatewayRefusal.WriteAsync(context, StatusCodes.Status422UnprocessableEntity, RuleCodes.IdempotencyKey.Reused, "Idempotency-Key reused",
                "This Idempotency-Key was already used with a different request; use a new key for a new request.");
            return;
        }

        if (record is not { Completed: true })
        {
            context.Response.Headers.RetryAfter = "1";
            await GatewayRefusal.WriteAsync(context, StatusCodes.Status409Conflict, RuleCodes.IdempotencyKey.InProgress, "Request in progress",
                "The first request with this Idempotency-Key is still being processed; retry in a moment with the same key.");
            return;
        }

        context.Response.StatusCode = record.Status;
        context.Response.ContentType = record.ContentType;
        if (record.Location is not null)
        {
            context.Response.Headers.Location = record.Location;
        }

        context.Response.Headers[ReplayedHeader] = "true";
        if (record.Body is { Length: > 0 } body)
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private async Task ForgetAsync(RedisKey redisKey)
    {
        try
        {
            await policy.RunAsync(database => database.KeyDeleteAsync(redisKey), redis);
        }
        catch (Exception e) when (RedisCallPolicy.IsOutage(e))
        {
            logger.LogWarning(e, "An Idempotency-Key of a failed request could not be released; it expires by itself");
        }
    }

    /// <summary>Method, path, query and body: "the same request" in the sense a retry means it.</summary>
    private static async Task<string> FingerprintAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            hash.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static Task WriteStoreUnavailableAsync(HttpContext context)
    {
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(RedisCallPolicy.BreakDuration.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return GatewayRefusal.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, RuleCodes.IdempotencyKey.StoreUnavailable, "Service unavailable",
            "Requests with an Idempotency-Key cannot be accepted just now; retry shortly with the same key.");
    }

    private static byte[] Serialize(IdempotencyRecord record) => JsonSerializer.SerializeToUtf8Bytes(record);
}
