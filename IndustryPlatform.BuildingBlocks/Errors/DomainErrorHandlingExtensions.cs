using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IndustryPlatform.BuildingBlocks.Errors;

public static class DomainErrorHandlingExtensions
{
    /// <summary>RFC 9457 ProblemDetails for every error response, with domain exceptions mapped to their 4xx.</summary>
    public static IHostApplicationBuilder AddDomainErrorHandling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            // Problems ASP.NET Core writes by itself (unknown route, wrong method, wrong content type) get the same
            // shape as ours: a rule and a type under our namespace.
            var problem = context.ProblemDetails;
            if (!problem.Extensions.ContainsKey("rule") && DomainError.ForStatus(problem.Status ?? context.HttpContext.Response.StatusCode) is { } known
                && (problem.Type is null || problem.Type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal)))
            {
                if (known.HttpStatus == StatusCodes.Status401Unauthorized && context.HttpContext.Request.Headers.Authorization.Count > 0)
                {
                    known = DomainError.InvalidToken;
                }

                problem.Type = DomainError.ProblemTypeBase + known.Rule.Value;
                problem.Title = known.Title;
                problem.Detail ??= known.Detail;
                problem.Extensions["rule"] = known.Rule.Value;
            }

            // One trace id format everywhere: the one the dashboard searches for.
            problem.Extensions["traceId"] = DomainError.CurrentTraceId(context.HttpContext.TraceIdentifier);
            problem.Extensions.Remove("requestId");
        });
        builder.Services.AddExceptionHandler<DomainErrorExceptionHandler>();

        // Without this, minimal APIs answer unreadable JSON or a wrong content type with an empty 400/415 in
        // production; throwing lets the handler name the field and the rule.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return builder;
    }

    /// <summary>Adds the interceptor that maps exceptions of gRPC services to status codes with rich details.</summary>
    public static GrpcServiceOptions AddDomainErrorInterceptor(this GrpcServiceOptions options)
    {
        options.Interceptors.Add<DomainErrorInterceptor>();
        return options;
    }

    /// <summary>The exception handler and ProblemDetails bodies for bare status codes (404 of an unknown route, 405, …).</summary>
    public static WebApplication UseDomainErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
