using Scalar.AspNetCore;

namespace IndustryPlatform.Gateway.Documentation;

/// <summary>The public API's documentation at the gateway: the merged OpenAPI document at <c>/openapi/v1.json</c> and the
/// interactive reference at <c>/docs</c>, both anonymous (they describe the API, they hold no data).</summary>
public static class ApiDocumentationExtensions
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string PagePath = "/docs";

    public static IHostApplicationBuilder AddApiDocumentation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient<ServiceDocumentClient>();
        builder.Services.AddSingleton<ApiDocumentCache>();
        return builder;
    }

    public static WebApplication MapApiDocumentation(this WebApplication app)
    {
        app.MapGet(DocumentPath, async (ApiDocumentCache cache, HttpRequest request, CancellationToken cancellationToken) =>
            {
                var merged = await cache.GetAsync(cancellationToken);
                return TypedResults.Text(PublicApiDocument.Build(merged, ServerUrl(request)).ToJsonString(), "application/json; charset=utf-8");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();

        app.MapScalarApiReference(PagePath, (options, context) => options
                .WithTitle(PublicApiDocument.Title)
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .AddDocument(PublicApiDocument.Version, PublicApiDocument.Title)
                .AddPreferredSecuritySchemes(TokenEndpointDocumentation.SchemeName)
                .AddClientCredentialsFlow(TokenEndpointDocumentation.SchemeName,
                    flow => flow.WithTokenUrl(ServerUrl(context.Request) + TokenEndpointDocumentation.TokenPath))
                .DisableTelemetry())
            .AllowAnonymous();
        return app;
    }

    /// <summary>The address the reader used to reach this gateway, so "Try it" calls go back through it.</summary>
    private static string ServerUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
