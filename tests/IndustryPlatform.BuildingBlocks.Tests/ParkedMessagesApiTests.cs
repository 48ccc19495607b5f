using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IndustryPlatform.BuildingBlocks.Data;
using IndustryPlatform.BuildingBlocks.Messaging;
using IndustryPlatform.BuildingBlocks.Security;
using IndustryPlatform.BuildingBlocks.Tests.Support;
using IndustryPlatform.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace IndustryPlatform.BuildingBlocks.Tests;

/// <summary>
/// <c>…/admin/parked-messages</c> as a service maps it (MapParkedMessagesApi beside its own routes): admin only, its
/// literal segments win over the service's <c>{creditCode}</c>-style routes, and refusals are ProblemDetails.
/// </summary>
public sealed class ParkedMessagesApiTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private const string Prefix = "api/v1/registry";
    private const string Queue = "bbt-parked-api-parked-api-event";

    private ServiceTestHost _service = null!;

    public async ValueTask InitializeAsync()
    {
        var database = await TestDatabase.CreateAsync(infrastructure, "bb_parked_api");
        _service = await ServiceTestHost.Build(
                typeof(ParkedMessagesApiTests),
                builder =>
                {
                    builder.AddServiceDbContext<TestDbContext>("testdb");
                    builder.AddMessaging<TestDbContext>("bbt-parked-api", bus => bus.AddConsumer<ParkedApiEventConsumer>());
                    builder.AddServiceEndpoints();
                },
                app =>
                {
                    app.UseServiceEndpoints();
                    // The shapes of the services' own routes, which must not catch admin/parked-messages.
                    var api = app.MapGroup(Prefix);
                    api.MapGet("{creditCode}", (string creditCode) => "entry").RequireRole(PlatformRoles.Read);
                    api.MapGet("{creditCode}/{part}", (string creditCode, string part) => "part").RequireRole(PlatformRoles.Read);
                    api.MapPost("{creditCode}/{part}/{id}/{action}", (string creditCode) => "action").RequireRole(PlatformRoles.Submit);
                    app.MapParkedMessagesApi(Prefix);
                },
                [
                    new("ConnectionStrings:testdb", database),
                    new("ConnectionStrings:rabbitmq", infrastructure.RabbitMqConnectionString),
                ])
            .StartAsync();
    }

    public ValueTask DisposeAsync() => _service.DisposeAsync();

    [Fact]
    public async Task An_admin_sees_each_queue_of_the_service_with_its_parked_count()
    {
        using var client = _service.CreateClient(TestTokens.City);

        var queues = await client.GetFromJsonAsync<JsonArray>($"/{Prefix}/admin/parked-messages", TestContext.Current.CancellationToken);

        var queue = Assert.Single(queues!);
        Assert.Equal(Queue, (string?)queue!["queue"]);
        Assert.Equal(0, (long?)queue["parked"]);
    }

    [Fact]
    public async Task An_admin_requeues_an_empty_queue_and_nothing_moves()
    {
        using var client = _service.CreateClient(TestTokens.City);

        using var response = await client.PostAsync($"/{Prefix}/admin/parked-messages/{Queue}/requeue?max=5", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcome = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        Assert.Equal(Queue, (string?)outcome!["queue"]);
        Assert.Equal(0, (int?)outcome["moved"]);
        Assert.Equal(0, (long?)outcome["stillParked"]);
    }

    [Theory]
    [InlineData("GET", "admin/parked-messages")]
    [InlineData("POST", "admin/parked-messages/" + Queue + "/requeue")]
    public async Task A_caller_without_the_admin_role_is_refused_403(string method, string path)
    {
        using var client = _service.CreateClient(TestTokens.District("anji"));

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/{Prefix}/{path}"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("role.missing", await RuleAsync(response));
    }

    [Theory]
    [InlineData("projects-enterprise-registered", "", 404, "queue.unknown")]
    [InlineData(Queue, "?max=0", 400, "requeue.max-out-of-range")]
    public async Task A_requeue_of_another_services_queue_or_of_too_many_is_a_named_refusal(string queue, string query, int status, string rule)
    {
        using var client = _service.CreateClient(TestTokens.City);

        using var response = await client.PostAsync($"/{Prefix}/admin/parked-messages/{queue}/requeue{query}", null, TestContext.Current.CancellationToken);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(rule, await RuleAsync(response));
    }

    private static async Task<string?> RuleAsync(HttpResponseMessage response) =>
        (string?)(await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))?["rule"];
}
