using IndustryPlatform.BuildingBlocks.Documentation;
using IndustryPlatform.BuildingBlocks.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace IndustryPlatform.BuildingBlocks.Messaging;

/// <summary>
/// <c>&lt;prefix&gt;/admin/parked-messages</c>: what is parked in this service's error queues, and moving it back — for the
/// admin role only. Each service maps it under its own prefix (<c>api/v1/enterprises</c>), which the gateway forwards.
/// </summary>
public static class ParkedMessagesApi
{
    public const string Path = "admin/parked-messages";
    public const int DefaultRequeueMax = 1000;

    public static RouteGroupBuilder MapParkedMessagesApi(this IEndpointRouteBuilder app, string prefix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        prefix = prefix.Trim('/');
        // Operation ids are unique in the gateway's merged document: ListEnterprisesParkedMessages, ….
        var service = prefix[(prefix.LastIndexOf('/') + 1)..];
        var name = string.Concat(service.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

        var admin = app.MapGroup($"{prefix}/{Path}").WithTags("Parked messages");
        admin.MapGet("", ListAsync).RequireRole(PlatformRoles.Admin).WithName($"List{name}ParkedMessages")
            .WithSummary($"Messages parked in the {service} service's error queues")
            .WithDescription("Each queue this service receives events from, with the number of messages parked in its _error queue: "
                + "messages a consumer refused as poison (or that failed past the transient retries). The same counts as the "
                + "metric industry_platform.messaging.parked_messages. 503 while the broker cannot be reached.");
        admin.MapPost("{queue}/requeue", RequeueAsync).RequireRole(PlatformRoles.Admin).WithName($"Requeue{name}ParkedMessages")
            .WithSummary($"Move parked messages back into one of the {service} service's queues")
            .WithDescription($"Moves up to max (1-{ParkedMessages.MaxPerRequeue}, default {DefaultRequeueMax}) parked messages, oldest first, back into "
                + "the queue, with their message id, so one already applied is not applied twice. Do it once the cause is fixed: "
                + "a message that fails again is parked again. 404 queue.unknown for a queue that is not this service's.")
            .ProducesProblems(400, 404);
        return admin;
    }

    public static async Task<Ok<IReadOnlyList<ParkedQueue>>> ListAsync(ParkedMessages parked, CancellationToken cancellationToken) =>
        TypedResults.Ok(await parked.CountAllAsync(cancellationToken));

    public static async Task<Ok<RequeueOutcome>> RequeueAsync(
        string queue, ParkedMessages parked, CancellationToken cancellationToken, int max = DefaultRequeueMax) =>
        TypedResults.Ok(await parked.RequeueAsync(queue, max, cancellationToken));
}
