using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.OpenApi;

namespace IndustryPlatform.BuildingBlocks.Documentation;

/// <summary>Each service describes its own REST endpoints in an OpenAPI document; the gateway fetches the three documents,
/// keeps what it routes and publishes the merged one to district developers.</summary>
public static class ServiceOpenApi
{
    public const string DocumentName = "v1";

    /// <summary>Where a service serves its document, e.g. <c>http://enterprises/openapi/v1.json</c>.</summary>
    public const string DocumentRoute = "/openapi/{documentName}.json";

    public static IHostApplicationBuilder AddServiceOpenApi(this IHostApplicationBuilder builder)
    {
        var title = builder.Environment.ApplicationName;
        builder.Services.AddOpenApi(DocumentName, options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo { Title = title, Version = DocumentName };
                return Task.CompletedTask;
            });
            options.AddSchemaTransformer<ProblemDetailsSchema>();
            options.AddSchemaTransformer<EveryFieldRequiredSchema>();
        });
        return builder;
    }

    /// <summary>Anonymous: the document describes the API, it holds no data.</summary>
    public static IEndpointConventionBuilder MapServiceOpenApi(this IEndpointRouteBuilder app) =>
        app.MapOpenApi(DocumentRoute).AllowAnonymous();
}
