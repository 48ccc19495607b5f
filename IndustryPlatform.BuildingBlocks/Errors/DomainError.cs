using System.Diagnostics;
using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using IndustryPlatform.Rules;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IndustryPlatform.BuildingBlocks.Errors;

/// <summary>
/// What a client is told about a failure, in one place for REST and gRPC: status, rule, words and the fields
/// concerned. Built only from our own exception types and a few well-understood framework ones; everything else
/// becomes <see cref="Unexpected"/>, which says nothing about the cause.
/// </summary>
public sealed record DomainError(
    int HttpStatus,
    StatusCode GrpcStatus,
    RuleCode Rule,
    string Title,
    string Detail,
    IReadOnlyList<RuleViolation> Violations)
{
    public const string Domain = "industry-platform";
    public const string ProblemTypeBase = "https://industry-platform.huzhou/problems/";
    public bool IsUnexpected => Rule == RuleCodes.Server.UnexpectedError;

    public static DomainError Unexpected { get; } = new(
        StatusCodes.Status500InternalServerError,
        StatusCode.Internal,
        RuleCodes.Server.UnexpectedError,
        "Unexpected error",
        "An unexpected error occurred. Quote the trace id when reporting it.",
        []);

    /// <summary>Maps an exception thrown by domain or data code (both transports).</summary>
    public static DomainError From(Exception exception) => exception switch
    {
        InvalidInputException e => new(400, StatusCode.InvalidArgument, e.Rule, "Invalid input", e.Message, e.Violations),
        AlreadyExistsException e => new(409, StatusCode.AlreadyExists, e.Rule, "Already exists", e.Message, []),
        NotFoundException e => new(404, StatusCode.NotFound, e.Rule, "Not found", e.Message, []),
        ConcurrencyConflictException e => new(409, StatusCode.Aborted, e.Rule, "Concurrency conflict", e.Message, []),
        UnauthenticatedException e => new(401, StatusCode.Unauthenticated, e.Rule, "Unauthenticated", e.Message, []),
        ForbiddenException e => new(403, StatusCode.PermissionDenied, e.Rule, "Forbidden", e.Message, []),
        DbUpdateConcurrencyException => new(409, StatusCode.Aborted, RuleCodes.Resource.ChangedConcurrently, "Concurrency conflict",
            "The record was changed by someone else in the meantime; read it again and retry.", []),
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } =>
            new(409, StatusCode.AlreadyExists, RuleCodes.Resource.Duplicate, "Already exists", "A record with the same key already exists.", []),
        _ when IsDatabaseAway(exception) => DatabaseUnavailable,
        _ when IsUnstorableText(exception) => new(400, StatusCode.InvalidArgument, RuleCodes.Text.UnstorableCharacter, "Invalid input",
            "A text value contains a character that cannot be stored or searched for, such as NUL (U+0000); remove it and send again.", []),
        _ => Unexpected,
    };

    /// <summary>The service's own database is away (restarting, unreachable, refusing connections): worth a retry, never a 500.</summary>
    public static DomainError DatabaseUnavailable { get; } = new(
        StatusCodes.Status503ServiceUnavailable,
        StatusCode.Unavailable,
        RuleCodes.Database.Unavailable,
        "Service unavailable",
        "The service's database cannot be reached just now; nothing was changed. Retry after the seconds in Retry-After.",
        []);

    /// <summary>Seconds a client is asked to wait when the database is away: about what a PostgreSQL restart takes.</summary>
    public const int DatabaseRetryAfterSeconds = 5;

    /// <summary>
    /// Npgsql marks a failure transient when the connection could not be made or was lost, or the server is shutting
    /// down or starting (57P01-57P03); EF's retrying strategy wraps it when its retries ran out.
    /// </summary>
    private static bool IsDatabaseAway(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException postgres)
            {
                return postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal);
            }

            if (e is NpgsqlException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// PostgreSQL refuses NUL in text (22021) whether it is written or only compared in a query; that is the
    /// client's input, not our failure. Nothing was written: the statement failed inside its transaction.
    /// </summary>
    private static bool IsUnstorableText(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Maps an exception met while serving an HTTP request, including request-reading failures and gRPC errors of downstream calls.</summary>
    public static DomainError FromHttp(Exception exception) => exception switch
    {
        BadHttpRequestException { InnerException: JsonException json } => InvalidJson(json),
        JsonException json => InvalidJson(json),
        BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } => new(
            415, StatusCode.InvalidArgument, RuleCodes.Request.UnsupportedMediaType, "Unsupported media type",
            "The request body must be JSON, sent with Content-Type: application/json.", []),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => new(
            413, StatusCode.ResourceExhausted, RuleCodes.Request.TooLarge, "Payload too large", "The request body is too large.", []),
        // ASP.NET Core's own words about the request (missing or unparsable parameter, truncated body); they name
        // the parameter, never our internals.
        BadHttpRequestException bad => new(
            bad.StatusCode is >= 400 and < 500 ? bad.StatusCode : 400, StatusCode.InvalidArgument, RuleCodes.Request.Malformed, "Bad request", bad.Message, []),
        RpcException rpc => FromDownstream(rpc),
        _ => From(exception),
    };

    private static DomainError InvalidJson(JsonException json)
    {
        var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.StartsWith("$.", StringComparison.Ordinal) ? json.Path[2..] : json.Path;
        var where = json.LineNumber is { } line ? $" (line {line + 1}, position {json.BytePositionInLine + 1})" : string.Empty;
        var message = $"The request body is not valid JSON or a value has the wrong type{where}.";
        return new(400, StatusCode.InvalidArgument, RuleCodes.Request.InvalidJson, "Invalid JSON", message, [new RuleViolation(field, RuleCodes.Request.InvalidJson, message)]);
    }

    /// <summary>A downstream service refused over gRPC: keep its status, rule and field violations.</summary>
    private static DomainError FromDownstream(RpcException rpc)
    {
        var status = rpc.GetRpcStatus();
        RuleCode? rule = RuleCodes.TryFind(status?.GetDetail<ErrorInfo>()?.Reason, out var named) ? named : null;
        IReadOnlyList<RuleViolation> violations = status?.GetDetail<BadRequest>()?.FieldViolations
            .Select(v => new RuleViolation(v.Field, RuleCodes.TryFind(v.Reason, out var reason) ? reason : rule ?? RuleCodes.Input.Invalid, v.Description))
            .ToList() ?? [];
        return rpc.StatusCode switch
        {
            StatusCode.InvalidArgument => new(400, rpc.StatusCode, rule ?? RuleCodes.Input.Invalid, "Invalid input", rpc.Status.Detail, violations),
            StatusCode.NotFound => new(404, rpc.StatusCode, rule ?? RuleCodes.Resource.NotFound, "Not found", rpc.Status.Detail, violations),
            StatusCode.AlreadyExists => new(409, rpc.StatusCode, rule ?? RuleCodes.Resource.AlreadyExists, "Already exists", rpc.Status.Detail, violations),
            StatusCode.Aborted => new(409, rpc.StatusCode, rule ?? RuleCodes.Resource.ChangedConcurrently, "Concurrency conflict", rpc.Status.Detail, violations),
            StatusCode.FailedPrecondition => new(409, rpc.StatusCode, rule ?? RuleCodes.Resource.FailedPrecondition, "Conflict", rpc.Status.Detail, violations),
            StatusCode.PermissionDenied => new(403, rpc.StatusCode, rule ?? RuleCodes.Role.Missing, "Forbidden", rpc.Status.Detail, violations),
            StatusCode.Unauthenticated => new(401, rpc.StatusCode, rule ?? RuleCodes.Token.Missing, "Unauthenticated", rpc.Status.Detail, violations),
            StatusCode.Unavailable => new(503, rpc.StatusCode, RuleCodes.Service.Unavailable, "Service unavailable",
                "A service needed for this request is not available; try again shortly.", []),
            StatusCode.DeadlineExceeded => new(504, rpc.StatusCode, RuleCodes.Service.Timeout, "Gateway timeout",
                "A service needed for this request did not answer in time.", []),
            // Internal errors of another service stay as opaque here as they were there.
            _ => Unexpected,
        };
    }

    /// <summary>No token was sent.</summary>
    public static DomainError MissingToken { get; } = new(
        StatusCodes.Status401Unauthorized,
        StatusCode.Unauthenticated,
        RuleCodes.Token.Missing,
        "Unauthenticated",
        "A bearer access token is required: get one from the gateway's /connect/token with the client credentials grant.",
        []);

    /// <summary>A token was sent but is expired, altered or not one of the gateway's.</summary>
    public static DomainError InvalidToken { get; } = new(
        StatusCodes.Status401Unauthorized,
        StatusCode.Unauthenticated,
        RuleCodes.Token.Invalid,
        "Unauthenticated",
        "The access token is expired, altered or not issued by this gateway; get a new one from /connect/token.",
        []);

    /// <summary>The error behind a bare status code that ASP.NET Core answered by itself, if we have words for it.</summary>
    public static DomainError? ForStatus(int status) => status switch
    {
        400 => new(400, StatusCode.InvalidArgument, RuleCodes.Request.Malformed, "Bad request", "The request is malformed.", []),
        401 => MissingToken,
        403 => new(403, StatusCode.PermissionDenied, RuleCodes.Role.Missing, "Forbidden", "The caller's roles do not allow this request.", []),
        404 => new(404, StatusCode.NotFound, RuleCodes.Resource.NotFound, "Not found", "Nothing is found at this address.", []),
        405 => new(405, StatusCode.Unimplemented, RuleCodes.Request.MethodNotAllowed, "Method not allowed", "This address does not accept this method.", []),
        413 => new(413, StatusCode.ResourceExhausted, RuleCodes.Request.TooLarge, "Payload too large", "The request body is too large.", []),
        415 => new(415, StatusCode.InvalidArgument, RuleCodes.Request.UnsupportedMediaType, "Unsupported media type",
            "The request body must be JSON, sent with Content-Type: application/json.", []),
        500 => Unexpected,
        _ => null,
    };

    public ProblemDetails ToProblemDetails(string traceId)
    {
        var problem = new ProblemDetails
        {
            Type = ProblemTypeBase + Rule.Value,
            Title = Title,
            Status = HttpStatus,
            Detail = Detail,
        };
        problem.Extensions["rule"] = Rule.Value;
        if (Violations.Count > 0)
        {
            problem.Extensions["errors"] = Violations
                .Select(v => new Dictionary<string, string> { ["field"] = RestFieldName(v.Field), ["rule"] = v.Rule.Value, ["message"] = v.Message })
                .ToList();
        }

        problem.Extensions["traceId"] = traceId;
        return problem;
    }

    /// <summary>
    /// Rules name fields as the .proto does (credit_code); a REST client sent JSON (creditCode), so it is told
    /// in its own spelling. Paths keep their shape: rows[2].credit_code → rows[2].creditCode.
    /// </summary>
    public static string RestFieldName(string field)
    {
        if (!field.Contains('_', StringComparison.Ordinal))
        {
            return field;
        }

        var name = new System.Text.StringBuilder(field.Length);
        var upperNext = false;
        foreach (var character in field)
        {
            if (character == '_')
            {
                upperNext = name.Length > 0 && char.IsLetterOrDigit(name[^1]);
                continue;
            }

            name.Append(upperNext ? char.ToUpperInvariant(character) : character);
            upperNext = false;
        }

        return name.ToString();
    }

    public RpcException ToRpcException(string traceId) => ToRpcStatus(traceId).ToRpcException();

    /// <summary>The gRPC status: plain-text message, BadRequest field violations when there are any, ErrorInfo with the rule always.</summary>
    public Google.Rpc.Status ToRpcStatus(string traceId)
    {
        var status = new Google.Rpc.Status
        {
            Code = (int)GrpcStatus,
            Message = IsUnexpected ? $"{Detail} Trace id: {traceId}" : Detail,
        };
        if (Violations.Count > 0)
        {
            var badRequest = new BadRequest();
            badRequest.FieldViolations.AddRange(Violations.Select(v =>
                new BadRequest.Types.FieldViolation { Field = v.Field, Reason = v.Rule.Value, Description = v.Message }));
            status.Details.Add(Any.Pack(badRequest));
        }

        status.Details.Add(Any.Pack(new ErrorInfo
        {
            Reason = Rule.Value,
            Domain = Domain,
            Metadata = { ["traceId"] = traceId },
        }));
        return status;
    }

    /// <summary>The W3C trace id operators search for in the dashboard, or the request id when nothing is traced.</summary>
    public static string CurrentTraceId(string? fallback) =>
        Activity.Current is { } activity ? activity.TraceId.ToHexString() : fallback ?? string.Empty;
}
