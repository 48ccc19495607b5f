using IndustryPlatform.Gateway.Documentation;
using static IndustryPlatform.Gateway.Tests.ServiceDocuments;

namespace IndustryPlatform.Gateway.Tests;

/// <summary>What the gateway adds for district developers: who it is, where it is, how to get a token, what it refuses.</summary>
public sealed class PublicApiDocumentTests
{
    private const string Server = "https://api.industry.example:8443";

    [Fact]
    public void The_document_names_the_api_and_this_gateway_as_its_server()
    {
        var document = PublicApiDocument.Build(ApiDocumentMergerTests.MergeAll(), Server);

        Assert.StartsWith("3.", (string?)document["openapi"]);
        Assert.Equal("IndustryPlatform API", (string?)document["info"]!["title"]);
        Assert.Equal("v1", (string?)document["info"]!["version"]);
        Assert.Contains("/connect/token", (string?)document["info"]!["description"]);
        Assert.Equal(Server, (string?)Assert.Single(document["servers"]!.AsArray())!["url"]);
    }

    [Fact]
    public void Client_credentials_are_required_everywhere_except_at_the_token_endpoint()
    {
        var document = PublicApiDocument.Build(ApiDocumentMergerTests.MergeAll(), Server);

        var scheme = document["components"]!["securitySchemes"]!["oauth2"]!;
        Assert.Equal("oauth2", (string?)scheme["type"]);
        Assert.Equal(Server + "/connect/token", (string?)scheme["flows"]!["clientCredentials"]!["tokenUrl"]);
        Assert.Empty(scheme["flows"]!["clientCredentials"]!["scopes"]!.AsObject());
        Assert.NotNull(Assert.Single(document["security"]!.AsArray())!["oauth2"]);

        var token = document["paths"]!["/connect/token"]!["post"]!;
        Assert.Empty(token["security"]!.AsArray());
        var form = token["requestBody"]!["content"]!["application/x-www-form-urlencoded"]!["schema"]!["$ref"]!.GetValue<string>();
        var request = document["components"]!["schemas"]![form.Split('/')[^1]]!;
        Assert.Equal(["grant_type", "client_id", "client_secret"], request["required"]!.AsArray().Select(r => (string?)r));
        var answer = token["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>();
        var response = document["components"]!["schemas"]![answer.Split('/')[^1]]!["properties"]!.AsObject();
        Assert.Equal(["access_token", "token_type", "expires_in"], response.Select(p => p.Key));
    }

    [Fact]
    public void Every_public_operation_documents_the_gateway_refusals_and_posts_take_an_idempotency_key()
    {
        var document = PublicApiDocument.Build(ApiDocumentMergerTests.MergeAll(), Server);

        var register = document["paths"]!["/api/v1/enterprises"]!["post"]!;
        Assert.Equal("Bad Request", (string?)register["responses"]!["400"]!["description"]); // the service's own stays
        foreach (var status in new[] { "401", "403", "413", "422", "429" })
        {
            Assert.Equal("#/components/schemas/ProblemDetails",
                (string?)register["responses"]![status]!["content"]!["application/problem+json"]!["schema"]!["$ref"]);
        }

        Assert.Contains(register["parameters"]!.AsArray(), p => (string?)p!["name"] == "Idempotency-Key" && (string?)p["in"] == "header");
        var read = document["paths"]!["/api/v1/projects/{projectId}"]!["get"]!;
        Assert.NotNull(read["responses"]!["401"]);
        Assert.Null(read["parameters"]);
    }

    [Fact]
    public void A_missing_part_is_said_in_the_description_by_its_public_paths_not_its_internal_host()
    {
        var merged = ApiDocumentMerger.Merge(
        [
            ServiceDocument.Fetched(Enterprises, EnterprisesDocument()),
            ServiceDocument.Missing(Projects, "the service did not answer"),
        ]);

        var description = (string?)PublicApiDocument.Build(merged, Server)["info"]!["description"];

        Assert.Contains("Incomplete right now", description);
        Assert.Contains("/api/v1/projects/{**rest}", description);
        Assert.Contains("did not answer", description);
        Assert.DoesNotContain("http://projects", description);
    }

    [Fact]
    public void Building_for_one_server_leaves_the_cached_merge_unchanged()
    {
        var merged = ApiDocumentMergerTests.MergeAll();
        var before = merged.Paths.ToJsonString() + merged.Components.ToJsonString();

        PublicApiDocument.Build(merged, Server);
        var second = PublicApiDocument.Build(merged, "http://localhost:5080");

        Assert.Equal(before, merged.Paths.ToJsonString() + merged.Components.ToJsonString());
        Assert.Equal("http://localhost:5080/connect/token", (string?)second["components"]!["securitySchemes"]!["oauth2"]!["flows"]!["clientCredentials"]!["tokenUrl"]);
    }
}
