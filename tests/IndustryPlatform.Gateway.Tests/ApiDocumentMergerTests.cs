using System.Text.Json.Nodes;
using IndustryPlatform.Gateway.Documentation;
using static IndustryPlatform.Gateway.Tests.ServiceDocuments;

namespace IndustryPlatform.Gateway.Tests;

/// <summary>The services' documents merged into the public one: routed paths only, shared components once,
/// clashing components both kept, missing services said.</summary>
public sealed class ApiDocumentMergerTests
{
    [Fact]
    public void Only_paths_the_gateway_routes_to_the_describing_service_are_kept()
    {
        var enterprisesOnly = Enterprises with { Routes = [new RoutedPath("/api/v1/enterprises/{**rest}")] };

        var merged = ApiDocumentMerger.Merge([ServiceDocument.Fetched(enterprisesOnly, EnterprisesDocument())]);

        Assert.Equal(["/api/v1/enterprises", "/api/v1/enterprises/{creditCode}"], merged.Paths.Select(p => p.Key));
        Assert.Null(merged.Components["schemas"]!["ReindexBody"]); // used only by the unrouted /internal/reindex
        Assert.NotNull(merged.Components["schemas"]!["Region"]);  // reached through RegistryEntry
    }

    [Fact]
    public void All_three_services_are_merged_with_their_tags_once()
    {
        var merged = MergeAll();

        Assert.True(merged.IsComplete);
        Assert.Contains("/api/v1/enterprises", merged.Paths.Select(p => p.Key));
        Assert.Contains("/api/v1/projects/{projectId}", merged.Paths.Select(p => p.Key));
        Assert.Contains("/api/v1/indicators/observations:batch", merged.Paths.Select(p => p.Key));
        Assert.Contains("/api/v1/bulletin", merged.Paths.Select(p => p.Key));
        Assert.Equal(["Enterprises", "Tiers", "Projects", "Indicators", "Bulletin"], merged.Tags.Select(t => (string?)t!["name"]));
    }

    [Fact]
    public void A_component_described_identically_by_two_services_is_kept_once()
    {
        var schemas = MergeAll().Components["schemas"]!.AsObject();

        Assert.NotNull(schemas["ProblemDetails"]);
        Assert.DoesNotContain(schemas, s => s.Key.EndsWith("ProblemDetails", StringComparison.Ordinal) && s.Key != "ProblemDetails");
    }

    [Fact]
    public void Two_different_components_of_one_name_are_both_kept_and_the_later_references_follow_the_new_name()
    {
        var merged = MergeAll();
        var schemas = merged.Components["schemas"]!;

        Assert.Equal("object", (string?)schemas["Region"]!["type"]);
        Assert.Equal("string", (string?)schemas["ProjectsRegion"]!["type"]);
        Assert.Equal("#/components/schemas/ProjectsRegion", (string?)schemas["ProjectRecord"]!["properties"]!["region"]!["$ref"]);
        Assert.Equal("#/components/schemas/Region", (string?)schemas["RegistryEntry"]!["properties"]!["district"]!["$ref"]);
        Assert.Contains(merged.Notes, n => n.Contains("'Region'", StringComparison.Ordinal) && n.Contains("ProjectsRegion", StringComparison.Ordinal));
    }

    [Fact]
    public void A_component_equal_in_text_but_referring_to_a_renamed_one_is_renamed_too()
    {
        var projects = ProjectsDocument();
        var address = JsonNode.Parse("""{ "type": "object", "properties": { "region": { "$ref": "#/components/schemas/Region" } } }""")!;
        projects["components"]!["schemas"]!["Address"] = address.DeepClone();
        projects["components"]!["schemas"]!["ProjectRecord"]!["properties"]!["site"] = JsonNode.Parse("""{ "$ref": "#/components/schemas/Address" }""");
        var enterprises = EnterprisesDocument();
        enterprises["components"]!["schemas"]!["Address"] = address.DeepClone();
        enterprises["components"]!["schemas"]!["RegistryEntry"]!["properties"]!["site"] = JsonNode.Parse("""{ "$ref": "#/components/schemas/Address" }""");

        var merged = ApiDocumentMerger.Merge([ServiceDocument.Fetched(Enterprises, enterprises), ServiceDocument.Fetched(Projects, projects)]);
        var schemas = merged.Components["schemas"]!;

        // Projects' Address means a Projects region (an enum), so it is not Enterprises' Address.
        Assert.Equal("#/components/schemas/ProjectsRegion", (string?)schemas["ProjectsAddress"]!["properties"]!["region"]!["$ref"]);
        Assert.Equal("#/components/schemas/ProjectsAddress", (string?)schemas["ProjectRecord"]!["properties"]!["site"]!["$ref"]);
        Assert.Equal("#/components/schemas/Region", (string?)schemas["Address"]!["properties"]!["region"]!["$ref"]);
    }

    [Fact]
    public void A_service_that_did_not_answer_is_a_missing_part_and_the_others_are_still_published()
    {
        var merged = ApiDocumentMerger.Merge(
        [
            ServiceDocument.Fetched(Enterprises, EnterprisesDocument()),
            ServiceDocument.Missing(Projects, "the service did not answer"),
            ServiceDocument.Fetched(Indicators, IndicatorsDocument()),
        ]);

        Assert.False(merged.IsComplete);
        Assert.Equal("projects-rest", Assert.Single(merged.MissingParts).Source.Name);
        Assert.DoesNotContain(merged.Paths, p => p.Key.StartsWith("/api/v1/projects", StringComparison.Ordinal));
        Assert.Contains("/api/v1/enterprises", merged.Paths.Select(p => p.Key));
        Assert.Contains("/api/v1/bulletin", merged.Paths.Select(p => p.Key));
        Assert.Null(merged.Components["schemas"]!["ProjectsRegion"]);
    }

    [Fact]
    public void With_no_service_answering_the_merge_is_empty_not_an_error()
    {
        var merged = ApiDocumentMerger.Merge([ServiceDocument.Missing(Enterprises, "the service answered 503")]);

        Assert.Empty(merged.Paths);
        Assert.Equal(ApiDocumentMerger.DefaultOpenApiVersion, merged.OpenApiVersion);
    }

    [Fact]
    public void Merging_does_not_change_the_fetched_documents()
    {
        var projects = ProjectsDocument();
        var before = projects.ToJsonString();

        ApiDocumentMerger.Merge([ServiceDocument.Fetched(Enterprises, EnterprisesDocument()), ServiceDocument.Fetched(Projects, projects)]);

        Assert.Equal(before, projects.ToJsonString());
    }

    internal static MergedApiDocument MergeAll() => ApiDocumentMerger.Merge(
    [
        ServiceDocument.Fetched(Enterprises, EnterprisesDocument()),
        ServiceDocument.Fetched(Projects, ProjectsDocument()),
        ServiceDocument.Fetched(Indicators, IndicatorsDocument()),
    ]);
}
