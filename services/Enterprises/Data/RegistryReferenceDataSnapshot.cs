using IndustryPlatform.Enterprises.Domain;

namespace IndustryPlatform.Enterprises.Data;

/// <summary>
/// The districts and chains registrations are checked against. They are seeded before the service takes requests and
/// never change while it runs, so they are read once per process instead of twice per registration or change.
/// </summary>
public sealed class RegistryReferenceDataSnapshot : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private RegistryReferenceData? _data;

    public async ValueTask<RegistryReferenceData> GetAsync(EnterprisesDbContext db, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _data) is { } data)
        {
            return data;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_data is { } loaded)
            {
                return loaded;
            }

            var fresh = await db.LoadRegistryReferenceDataAsync(cancellationToken);
            if (fresh.DistrictCodes.Count > 0)
            {
                // An empty read means the seeding has not run yet; it is not kept, so the next call reads again.
                Volatile.Write(ref _data, fresh);
            }

            return fresh;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
