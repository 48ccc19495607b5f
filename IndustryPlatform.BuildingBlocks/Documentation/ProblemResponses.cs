using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace IndustryPlatform.BuildingBlocks.Documentation;

public static class ProblemResponses
{
    /// <summary>Documents the refusals an endpoint can answer, each as an RFC 9457 ProblemDetails body
    /// (400 invalid input, 404 not found, 409 already exists or a stale version).</summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder builder, params int[] statusCodes)
    {
        foreach (var statusCode in statusCodes)
        {
            builder.ProducesProblem(statusCode);
        }
        return builder;
    }
}
