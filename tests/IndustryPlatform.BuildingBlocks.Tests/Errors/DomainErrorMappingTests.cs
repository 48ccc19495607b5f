using IndustryPlatform.Rules;
using Google.Rpc;
using Grpc.Core;
using IndustryPlatform.BuildingBlocks.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IndustryPlatform.BuildingBlocks.Tests.Errors;

/// <summary>Each exception maps to one HTTP status and one gRPC status, naming the rule; nothing else leaks.</summary>
public sealed class DomainErrorMappingTests
{
    public static TheoryData<Exception, int, StatusCode, string> Refusals => new()
    {
        { new InvalidInputException("creditCode", RuleCodes.CreditCode.Length, "统一社会信用代码 must have 18 characters."), 400, StatusCode.InvalidArgument, "credit-code.length" },
        { new InvalidInputException([new("nameZh", RuleCodes.Name.Required, "A name is required."), new("districtCode", RuleCodes.District.Unknown, "Unknown district.")]), 400, StatusCode.InvalidArgument, "input.invalid" },
        { new AlreadyExistsException(RuleCodes.Enterprise.AlreadyRegistered, "Enterprise 91330500MA2B3C4D5E is already registered."), 409, StatusCode.AlreadyExists, "enterprise.already-registered" },
        { new NotFoundException(RuleCodes.Enterprise.NotFound, "No enterprise 91330500MA2B3C4D5E."), 404, StatusCode.NotFound, "enterprise.not-found" },
        { new ConcurrencyConflictException(RuleCodes.Enterprise.VersionStale, "Version 3 is stale; the current version is 4."), 409, StatusCode.Aborted, "enterprise.version-stale" },
        { new DbUpdateConcurrencyException("stale"), 409, StatusCode.Aborted, "resource.changed-concurrently" },
        { new DbUpdateException("dup", new PostgresException("duplicate key value violates unique constraint \"pk_x\"", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation)), 409, StatusCode.AlreadyExists, "resource.duplicate" },
        { new InvalidOperationException("Host=db;Password=secret"), 500, StatusCode.Internal, "server.unexpected-error" },
        { new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown), 503, StatusCode.Unavailable, "database.unavailable" },
        { new InvalidOperationException("retries ran out", new PostgresException("the database system is starting up", "FATAL", "FATAL", PostgresErrorCodes.CannotConnectNow)), 503, StatusCode.Unavailable, "database.unavailable" },
    };

    [Fact]
    public async Task A_database_that_cannot_be_reached_is_a_503_to_retry_not_a_500()
    {
        // A real connection failure, as Npgsql reports it: nothing listens on the port.
        await using var connection = new NpgsqlConnection("Host=127.0.0.1;Port=1;Username=x;Password=x;Timeout=2;Pooling=false");
        var failure = await Assert.ThrowsAnyAsync<NpgsqlException>(() => connection.OpenAsync(TestContext.Current.CancellationToken));

        var error = DomainError.FromHttp(new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", failure));

        Assert.Equal(503, error.HttpStatus);
        Assert.Equal(StatusCode.Unavailable, error.GrpcStatus);
        Assert.Equal("database.unavailable", error.Rule.Value);
        Assert.DoesNotContain("127.0.0.1", error.Detail);
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Each_exception_maps_to_its_http_and_grpc_status_and_rule(Exception exception, int httpStatus, StatusCode grpcStatus, string rule)
    {
        var error = DomainError.From(exception);

        Assert.Equal(httpStatus, error.HttpStatus);
        Assert.Equal(grpcStatus, error.GrpcStatus);
        Assert.Equal(rule, error.Rule);
        Assert.DoesNotContain("secret", error.Detail);
        Assert.DoesNotContain("pk_x", error.Detail);
    }

    [Fact]
    public void A_problem_names_type_title_status_detail_each_violated_field_and_the_trace()
    {
        var error = DomainError.From(new InvalidInputException(
            [new("nameZh", RuleCodes.Name.Required, "A name is required."), new("districtCode", RuleCodes.District.Unknown, "Unknown district 'xx'.")]));

        var problem = error.ToProblemDetails("4bf92f3577b34da6a3ce929d0e0e4736");

        Assert.Equal("https://industry-platform.huzhou/problems/input.invalid", problem.Type);
        Assert.Equal("Invalid input", problem.Title);
        Assert.Equal(400, problem.Status);
        Assert.Equal("A name is required. Unknown district 'xx'.", problem.Detail);
        Assert.Equal("4bf92f3577b34da6a3ce929d0e0e4736", problem.Extensions["traceId"]);
        var errors = Assert.IsType<List<Dictionary<string, string>>>(problem.Extensions["errors"]);
        Assert.Equal(["nameZh", "districtCode"], errors.Select(e => e["field"]));
        Assert.Equal(["name.required", "district.unknown"], errors.Select(e => e["rule"]));
        Assert.Equal("Unknown district 'xx'.", errors[1]["message"]);
    }

    [Theory]
    [InlineData("credit_code", "creditCode")]
    [InlineData("expected_version", "expectedVersion")]
    [InlineData("rows[2].credit_code", "rows[2].creditCode")]
    [InlineData("nameZh", "nameZh")]
    [InlineData("body", "body")]
    public void A_rest_problem_names_fields_in_the_json_spelling_the_client_sent(string ruleField, string restField)
    {
        var problem = DomainError.From(new InvalidInputException(ruleField, RuleCodes.Input.Invalid, "Bad.")).ToProblemDetails("t");

        var error = Assert.Single(Assert.IsType<List<Dictionary<string, string>>>(problem.Extensions["errors"]));
        Assert.Equal(restField, error["field"]);
    }

    [Fact]
    public void A_grpc_status_keeps_the_proto_field_names()
    {
        var status = DomainError.From(new InvalidInputException("credit_code", RuleCodes.CreditCode.CheckCharacter, "Bad."))
            .ToRpcException("t").GetRpcStatus();

        Assert.Equal("credit_code", Assert.Single(status!.GetDetail<Google.Rpc.BadRequest>()!.FieldViolations).Field);
    }

    [Fact]
    public void A_single_violation_gives_the_problem_its_rule_as_type()
    {
        var problem = DomainError.From(new InvalidInputException("creditCode", RuleCodes.CreditCode.Length, "Bad code."))
            .ToProblemDetails("t");

        Assert.Equal("https://industry-platform.huzhou/problems/credit-code.length", problem.Type);
        Assert.Equal("credit-code.length", problem.Extensions["rule"]);
    }

    [Fact]
    public void An_invalid_input_becomes_INVALID_ARGUMENT_with_field_violations_and_error_info()
    {
        var exception = DomainError.From(new InvalidInputException(
            [new("nameZh", RuleCodes.Name.Required, "A name is required."), new("foundedOn", RuleCodes.FoundedOn.InFuture, "Cannot be founded tomorrow.")]))
            .ToRpcException("trace-1");

        Assert.Equal(StatusCode.InvalidArgument, exception.StatusCode);
        var status = exception.GetRpcStatus()!;
        Assert.Equal((int)Code.InvalidArgument, status.Code);
        var badRequest = status.GetDetail<BadRequest>()!;
        Assert.Equal(["nameZh", "foundedOn"], badRequest.FieldViolations.Select(v => v.Field));
        Assert.Equal(["name.required", "founded-on.in-future"], badRequest.FieldViolations.Select(v => v.Reason));
        Assert.Equal("Cannot be founded tomorrow.", badRequest.FieldViolations[1].Description);
        var info = status.GetDetail<ErrorInfo>()!;
        Assert.Equal("input.invalid", info.Reason);
        Assert.Equal("industry-platform", info.Domain);
        Assert.Equal("trace-1", info.Metadata["traceId"]);
    }

    [Theory]
    [InlineData(StatusCode.AlreadyExists)]
    [InlineData(StatusCode.NotFound)]
    [InlineData(StatusCode.Aborted)]
    public void A_refusal_carries_its_rule_in_error_info(StatusCode expected)
    {
        Exception refusal = expected switch
        {
            StatusCode.AlreadyExists => new AlreadyExistsException(RuleCodes.Enterprise.AlreadyRegistered, "Already registered."),
            StatusCode.NotFound => new NotFoundException(RuleCodes.Enterprise.NotFound, "No such enterprise."),
            _ => new ConcurrencyConflictException(RuleCodes.Enterprise.VersionStale, "Stale version."),
        };

        var exception = DomainError.From(refusal).ToRpcException("t");

        Assert.Equal(expected, exception.StatusCode);
        Assert.Equal(refusal.Message, exception.Status.Detail);
        Assert.Equal(((DomainException)refusal).Rule, exception.GetRpcStatus()!.GetDetail<ErrorInfo>()!.Reason);
        Assert.Null(exception.GetRpcStatus()!.GetDetail<BadRequest>());
    }

    [Fact]
    public void A_downstream_gRPC_refusal_becomes_the_same_problem_in_the_gateway()
    {
        var fromService = DomainError.From(new InvalidInputException("creditCode", RuleCodes.CreditCode.Length, "Bad code.")).ToRpcException("t");

        var error = DomainError.FromHttp(fromService);

        Assert.Equal(400, error.HttpStatus);
        Assert.Equal("credit-code.length", error.Rule);
        Assert.Equal("Bad code.", error.Detail);
        Assert.Equal(new RuleViolation("creditCode", RuleCodes.CreditCode.Length, "Bad code."), Assert.Single(error.Violations));
    }

    [Theory]
    [InlineData(StatusCode.Unavailable, 503)]
    [InlineData(StatusCode.DeadlineExceeded, 504)]
    [InlineData(StatusCode.Internal, 500)]
    [InlineData(StatusCode.Unknown, 500)]
    public void A_downstream_failure_says_nothing_about_its_cause(StatusCode status, int expected)
    {
        var error = DomainError.FromHttp(new RpcException(new global::Grpc.Core.Status(status, "Npgsql: Password=secret")));

        Assert.Equal(expected, error.HttpStatus);
        Assert.DoesNotContain("secret", error.Detail);
    }

    [Fact]
    public void Unreadable_json_becomes_a_400_naming_the_field()
    {
        var json = new System.Text.Json.JsonException("The JSON value could not be converted to System.Int32.", "$.employees", 0, 17);

        var error = DomainError.FromHttp(new BadHttpRequestException("Failed to read parameter", json));

        Assert.Equal(400, error.HttpStatus);
        Assert.Equal("request.invalid-json", error.Rule);
        var violation = Assert.Single(error.Violations);
        Assert.Equal("employees", violation.Field);
        Assert.DoesNotContain("System.Int32", error.Detail);
    }

    [Fact]
    public void An_invalid_input_must_name_at_least_one_rule() =>
        Assert.Throws<ArgumentException>(() => new InvalidInputException([]));
}
