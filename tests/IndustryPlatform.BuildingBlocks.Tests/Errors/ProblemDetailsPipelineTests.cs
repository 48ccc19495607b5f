using IndustryPlatform.Rules;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using IndustryPlatform.BuildingBlocks.Errors;
using IndustryPlatform.BuildingBlocks.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IndustryPlatform.BuildingBlocks.Tests.Errors;

/// <summary>A real Kestrel host with AddDomainErrorHandling/UseDomainErrorHandling, in Development (where leaks would show first).</summary>
public sealed class ProblemDetailsPipelineTests(ProblemDetailsPipelineTests.Api api) : IClassFixture<ProblemDetailsPipelineTests.Api>
{
    public sealed record Registration(string CreditCode, int Employees);

    [EveryFieldRequired]
    public sealed record Change
    {
        public int? ExpectedVersion { get; init; }

        public string? NameEn { get; init; }
    }

    public sealed class Api : IAsyncLifetime
    {
        private WebApplication _app = null!;

        // As OpenTelemetry does in the services: requests get an Activity, so problems carry its trace id.
        private readonly ActivityListener _tracing = new()
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };

        public HttpClient Client { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            ActivitySource.AddActivityListener(_tracing);
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            builder.AddDomainErrorHandling();
            builder.AddServiceJson();
            _app = builder.Build();
            _app.UseDomainErrorHandling();
            _app.MapGet("/refuse/invalid", () => Throw(new InvalidInputException("creditCode", RuleCodes.CreditCode.Length, "统一社会信用代码 must have 18 characters.")));
            _app.MapGet("/refuse/exists", () => Throw(new AlreadyExistsException(RuleCodes.Enterprise.AlreadyRegistered, "Already registered.")));
            _app.MapGet("/refuse/missing", () => Throw(new NotFoundException(RuleCodes.Enterprise.NotFound, "No such enterprise.")));
            _app.MapGet("/refuse/stale", () => Throw(new ConcurrencyConflictException(RuleCodes.Enterprise.VersionStale, "Stale version.")));
            _app.MapGet("/crash", () => Throw(new InvalidOperationException("Host=db;Username=postgres;Password=secret")));
            _app.MapGet("/enterprises/{id:int}", (int id) => id);
            _app.MapGet("/count", (int page) => page);
            _app.MapPost("/register", (Registration registration) => Results.Ok(registration));
            _app.MapPut("/change", (Change change) => Results.Ok(change));
            await _app.StartAsync();
            var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            Client = new HttpClient { BaseAddress = new Uri(address) };
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await _app.DisposeAsync();
            _tracing.Dispose();
        }

        private static IResult Throw(Exception exception) => throw exception;
    }

    [Theory]
    [InlineData("/refuse/invalid", 400, "credit-code.length")]
    [InlineData("/refuse/exists", 409, "enterprise.already-registered")]
    [InlineData("/refuse/missing", 404, "enterprise.not-found")]
    [InlineData("/refuse/stale", 409, "enterprise.version-stale")]
    public async Task A_domain_refusal_is_answered_with_its_problem(string path, int status, string rule)
    {
        using var response = await api.Client.GetAsync(path, TestContext.Current.CancellationToken);

        var problem = await ProblemAsync(response, status);
        Assert.Equal($"https://industry-platform.huzhou/problems/{rule}", (string?)problem["type"]);
        Assert.Equal(status, (int?)problem["status"]);
        Assert.False(string.IsNullOrEmpty((string?)problem["title"]));
        Assert.False(string.IsNullOrEmpty((string?)problem["detail"]));
        Assert.Matches("^[0-9a-f]{32}$", (string?)problem["traceId"]);
    }

    [Fact]
    public async Task An_invalid_input_lists_each_field_with_its_rule()
    {
        using var response = await api.Client.GetAsync("/refuse/invalid", TestContext.Current.CancellationToken);

        var problem = await ProblemAsync(response, 400);
        var error = Assert.Single(problem["errors"]!.AsArray())!;
        Assert.Equal("creditCode", (string?)error["field"]);
        Assert.Equal("credit-code.length", (string?)error["rule"]);
        Assert.Equal("统一社会信用代码 must have 18 characters.", (string?)error["message"]);
    }

    [Fact]
    public async Task An_unexpected_exception_is_a_500_that_tells_nothing_but_the_trace_id()
    {
        using var response = await api.Client.GetAsync("/crash", TestContext.Current.CancellationToken);

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var problem = await ProblemAsync(response, 500);
        Assert.Equal("https://industry-platform.huzhou/problems/server.unexpected-error", (string?)problem["type"]);
        Assert.DoesNotContain("secret", body);
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.DoesNotContain("   at ", body);
        Assert.Matches("^[0-9a-f]{32}$", (string?)problem["traceId"]);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_invalid_json()
    {
        using var response = await api.Client.PostAsync("/register",
            new StringContent("{\"creditCode\": \"9133\", ", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        var problem = await ProblemAsync(response, 400);
        Assert.Equal("https://industry-platform.huzhou/problems/request.invalid-json", (string?)problem["type"]);
    }

    [Fact]
    public async Task A_change_that_leaves_a_field_out_is_a_400_naming_it_and_null_is_how_to_clear_one()
    {
        using var partial = await api.Client.PutAsync("/change",
            new StringContent("{\"expectedVersion\": 3}", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        using var whole = await api.Client.PutAsync("/change",
            new StringContent("{\"expectedVersion\": 3, \"nameEn\": null}", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        var problem = await ProblemAsync(partial, 400);
        Assert.Equal("request.field-missing", (string?)problem["rule"]);
        Assert.Equal("nameEn", (string?)Assert.Single(problem["errors"]!.AsArray())!["field"]);
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_a_400_naming_the_field()
    {
        using var response = await api.Client.PostAsync("/register",
            new StringContent("{\"creditCode\": \"9133\", \"employees\": \"many\"}", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        var problem = await ProblemAsync(response, 400);
        Assert.Equal("request.invalid-json", (string?)problem["rule"]);
        Assert.Equal("employees", (string?)problem["errors"]![0]!["field"]);
        Assert.DoesNotContain("System.Int32", problem.ToJsonString());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415()
    {
        using var response = await api.Client.PostAsync("/register",
            new StringContent("creditCode=9133", Encoding.UTF8, "application/x-www-form-urlencoded"), TestContext.Current.CancellationToken);

        var problem = await ProblemAsync(response, 415);
        Assert.Equal("https://industry-platform.huzhou/problems/request.unsupported-media-type", (string?)problem["type"]);
    }

    [Fact]
    public async Task A_missing_or_unparsable_query_parameter_is_a_400()
    {
        using var missing = await api.Client.GetAsync("/count", TestContext.Current.CancellationToken);
        using var unparsable = await api.Client.GetAsync("/count?page=abc", TestContext.Current.CancellationToken);

        Assert.Equal("request.malformed", (string?)(await ProblemAsync(missing, 400))["rule"]);
        Assert.Equal("request.malformed", (string?)(await ProblemAsync(unparsable, 400))["rule"]);
    }

    [Fact]
    public async Task An_unknown_route_is_a_problem_too()
    {
        using var response = await api.Client.GetAsync("/nowhere", TestContext.Current.CancellationToken);

        var problem = await ProblemAsync(response, 404);
        Assert.Equal("https://industry-platform.huzhou/problems/resource.not-found", (string?)problem["type"]);
        Assert.Matches("^[0-9a-f]{32}$", (string?)problem["traceId"]);
    }

    [Fact]
    public async Task A_client_that_accepts_only_html_still_gets_the_problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/refuse/missing");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await api.Client.SendAsync(request, TestContext.Current.CancellationToken);

        var problem = await ProblemAsync(response, 404);
        Assert.Equal("enterprise.not-found", (string?)problem["rule"]);
    }

    private static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(status == (int)response.StatusCode, $"expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(body)!.AsObject();
    }
}
