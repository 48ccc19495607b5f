using IndustryPlatform.Rules;
using System.Security.Cryptography;
using System.Text.Json;
using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.Gateway.Security;
using StackExchange.Redis;

namespace IndustryPlatform.Gateway.Idempotency;

/// <summary>
/// A POST carrying an Idempotency-Key is done once per client and key for 24 h: a retry gets the first answer back
/// (marked Idempotency-Replayed), the same key with another body is a 422, and a retry while the first is still
/// running is told to wait (409). A failure (5xx) or a 429 is not remembered, so the client may simply retry.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, IConnectionMultiplexer redis, ILogger<IdempotencyMiddleware> logger)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotency-Replayed";
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);
    private const int MaxKeyLength = 128;
    private const int MaxRememberedBody = 1024 * 1024;

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

        var fingerprint = await FingerprintAsync(request, context.RequestAborted);
        var redisKey = new RedisKey($"gateway:idempotency:{caller.ClientId}:{key}");
        var database = redis.GetDatabase();
        bool claimed;
        try
        {
            claimed = await database.StringSetAsync(redisKey, Serialize(IdempotencyRecord.Pending(fingerprint)), Retention, When.NotExists);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Idempotency store unavailable; refusing a keyed POST rather than risk doing it twice");
            await GatewayRefusal.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, RuleCodes.IdempotencyKey.StoreUnavailable, "Service unavailable",
                "Requests with an Idempotency-Key cannot be accepted just now; retry shortly with the same key.");
            return;
        }

        if (!claimed)
        {
            await AnswerRetryAsync(context, database, redisKey, fingerprint);
            return;
        }

        await RunAndRememberAsync(context, database, redisKey, fingerprint);
    }

    private async Task RunAndRememberAsync(HttpContext context, IDatabase database, RedisKey redisKey, string fingerprint)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        var remembered = false;
        try
        {
            await next(context);
            var status = context.Response.StatusCode;
            if (status < 500 && status != StatusCodes.Status429TooManyRequests && buffer.Length <= MaxRememberedBody)
            {
                var answer = new IdempotencyRecord(fingerprint, true, status, context.Response.ContentType,
                    context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null, buffer.ToArray());
                remembered = await database.StringSetAsync(redisKey, Serialize(answer), Retention);
            }
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "The answer to a keyed POST could not be remembered; a retry will be told to wait until the key expires");
            remembered = true;
        }
        finally
        {
            context.Response.Body = original;
            if (!remembered)
            {
                await ForgetAsync(database, redisKey);
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static async Task AnswerRetryAsync(HttpContext context, IDatabase database, RedisKey redisKey, string fingerprint)
    {
        var stored = await database.StringGetAsync(redisKey);
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

    private async Task ForgetAsync(IDatabase database, RedisKey redisKey)
    {
        try
        {
            await database.KeyDeleteAsync(redisKey);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
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

    private static byte[] Serialize(IdempotencyRecord record) => JsonSerializer.SerializeToUtf8Bytes(record);
}
