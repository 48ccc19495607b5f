using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.BuildingBlocks.Messaging;

/// <summary>Wakes the outbox relay of <typeparamref name="TDbContext"/> as soon as a commit stored new outbox rows.</summary>
public sealed class OutboxSignal<TDbContext> where TDbContext : DbContext
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // A wake-up is already pending; one is enough.
        }
    }

    /// <summary>Waits for a notification or for <paramref name="timeout"/>, whichever comes first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _pending.WaitAsync(timeout, cancellationToken);
}
