namespace IndustryPlatform.AppHost.Infrastructure.LocalProcesses;

/// <summary>
/// Aspire gives a child resource (a database) the state of its parent only when the parent is a container. A child of
/// an executable would stay without state, its health checks would never run and whatever waits for it would wait for
/// ever; so it mirrors its parent's state itself.
/// </summary>
internal static class ParentStateMirror
{
    public static IResourceBuilder<T> WithStateOfParent<T>(this IResourceBuilder<T> builder) where T : IResourceWithParent
    {
        builder.ApplicationBuilder.Eventing.Subscribe<InitializeResourceEvent>(builder.Resource, (e, ct) =>
        {
            _ = MirrorAsync(e.Notifications, builder.Resource, ct);
            return Task.CompletedTask;
        });
        return builder;
    }

    private static async Task MirrorAsync(ResourceNotificationService notifications, IResourceWithParent child, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var update in notifications.WatchAsync(cancellationToken))
            {
                if (update.Resource == child.Parent)
                {
                    await notifications.PublishUpdateAsync(child, state => state with
                    {
                        State = update.Snapshot.State,
                        StartTimeStamp = update.Snapshot.StartTimeStamp,
                        StopTimeStamp = update.Snapshot.StopTimeStamp,
                    });
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The AppHost is stopping.
        }
    }
}
