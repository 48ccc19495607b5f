using System.Reflection;
using System.Text.RegularExpressions;

namespace IndustryPlatform.Rules;

/// <summary>
/// The catalogue of every rule code the platform answers with, over REST (<c>rule</c>, <c>errors[].rule</c>, the problem
/// <c>type</c>) and gRPC (<c>ErrorInfo.reason</c>, <c>BadRequest.FieldViolation.reason</c>), and on the rows of a batch.
/// Platform-wide codes are here; each service's are in its own part of this class (RuleCodes.Enterprises.cs, …).
/// The docs are tested against it: a code they show that is not defined here fails the build.
/// </summary>
public static partial class RuleCodes
{
    /// <summary>subject.rule, both lower-case kebab: <c>credit-code.check-character</c>, <c>region.not-yours</c>.</summary>
    public static readonly Regex Style = new("^[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    private static readonly Lazy<IReadOnlyDictionary<string, RuleCode>> Catalogue = new(Collect);

    /// <summary>Every code, by its text.</summary>
    public static IReadOnlyCollection<RuleCode> All => [.. Catalogue.Value.Values];

    /// <summary>The catalogued code with this text (as it arrives from another service over gRPC); false when there is none.</summary>
    public static bool TryFind(string? text, out RuleCode code)
    {
        code = default;
        return text is not null && Catalogue.Value.TryGetValue(text, out code);
    }

    private static RuleCode Define(string text) =>
        Style.IsMatch(text) ? new RuleCode(text) : throw new ArgumentException($"'{text}' is not a rule code of the form subject.rule in kebab case.", nameof(text));

    private static Dictionary<string, RuleCode> Collect()
    {
        var codes = new Dictionary<string, RuleCode>(StringComparer.Ordinal);
        foreach (var type in typeof(RuleCodes).GetNestedTypes(BindingFlags.Public))
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(RuleCode)))
            {
                var code = (RuleCode)field.GetValue(null)!;
                if (!codes.TryAdd(code.Value, code))
                {
                    throw new InvalidOperationException($"Rule code '{code.Value}' is defined twice (again as {type.Name}.{field.Name}).");
                }
            }
        }

        return codes;
    }

    /// <summary>The request itself: how it was sent rather than what it says.</summary>
    public static class Request
    {
        public static readonly RuleCode Malformed = Define("request.malformed");
        public static readonly RuleCode InvalidJson = Define("request.invalid-json");
        public static readonly RuleCode UnsupportedMediaType = Define("request.unsupported-media-type");
        public static readonly RuleCode TooLarge = Define("request.too-large");
        public static readonly RuleCode BodyIncomplete = Define("request.body-incomplete");
        public static readonly RuleCode MethodNotAllowed = Define("request.method-not-allowed");

        /// <summary>A change must state every field; one left out would otherwise be erased.</summary>
        public static readonly RuleCode FieldMissing = Define("request.field-missing");
    }

    /// <summary>Several input rules broken at once; <c>errors</c> (REST) or the BadRequest details (gRPC) name each.</summary>
    public static class Input
    {
        public static readonly RuleCode Invalid = Define("input.invalid");
    }

    /// <summary>What a status alone says, when no more specific rule applies.</summary>
    public static class Resource
    {
        public static readonly RuleCode NotFound = Define("resource.not-found");
        public static readonly RuleCode AlreadyExists = Define("resource.already-exists");
        public static readonly RuleCode ChangedConcurrently = Define("resource.changed-concurrently");
        public static readonly RuleCode Duplicate = Define("resource.duplicate");
        public static readonly RuleCode FailedPrecondition = Define("resource.failed-precondition");
    }

    public static class Token
    {
        public static readonly RuleCode Missing = Define("token.missing");
        public static readonly RuleCode Invalid = Define("token.invalid");
    }

    public static class Role
    {
        public static readonly RuleCode Missing = Define("role.missing");
    }

    public static class Region
    {
        /// <summary>A district client writing another district's data.</summary>
        public static readonly RuleCode NotYours = Define("region.not-yours");
        public static readonly RuleCode Unknown = Define("region.unknown");
    }

    public static class District
    {
        public static readonly RuleCode Required = Define("district.required");
        public static readonly RuleCode Unknown = Define("district.unknown");
    }

    public static class Chain
    {
        public static readonly RuleCode Unknown = Define("chain.unknown");
    }

    public static class ExpectedVersion
    {
        public static readonly RuleCode Required = Define("expected-version.required");
    }

    public static class Year
    {
        public static readonly RuleCode Required = Define("year.required");
        public static readonly RuleCode Format = Define("year.format");
        public static readonly RuleCode OutOfRange = Define("year.out-of-range");
    }

    public static class Date
    {
        public static readonly RuleCode Required = Define("date.required");
        public static readonly RuleCode Format = Define("date.format");
        public static readonly RuleCode InFuture = Define("date.in-future");
    }

    public static class Page
    {
        public static readonly RuleCode OutOfRange = Define("page.out-of-range");
        public static readonly RuleCode SizeOutOfRange = Define("page.size-out-of-range");
    }

    public static class Text
    {
        /// <summary>NUL and the like: PostgreSQL can neither store nor compare them.</summary>
        public static readonly RuleCode UnstorableCharacter = Define("text.unstorable-character");
    }

    public static class RateLimit
    {
        public static readonly RuleCode Exceeded = Define("rate-limit.exceeded");
    }

    public static class IdempotencyKey
    {
        public static readonly RuleCode Invalid = Define("idempotency-key.invalid");
        public static readonly RuleCode Reused = Define("idempotency-key.reused");
        public static readonly RuleCode InProgress = Define("idempotency-key.in-progress");
        public static readonly RuleCode StoreUnavailable = Define("idempotency-key.store-unavailable");
    }

    /// <summary>A service behind the gateway, or one service behind another.</summary>
    public static class Service
    {
        public static readonly RuleCode Unavailable = Define("service.unavailable");
        public static readonly RuleCode Timeout = Define("service.timeout");
    }

    /// <summary>Any stored number: what its column can hold.</summary>
    public static class Number
    {
        public static readonly RuleCode OutOfRange = Define("number.out-of-range");
        public static readonly RuleCode TooPrecise = Define("number.too-precise");
    }

    /// <summary>A service's own database.</summary>
    public static class Database
    {
        public static readonly RuleCode Unavailable = Define("database.unavailable");
    }

    public static class Server
    {
        /// <summary>Our failure, not the client's: the answer says nothing about its cause, the trace id finds it.</summary>
        public static readonly RuleCode UnexpectedError = Define("server.unexpected-error");
    }
}
