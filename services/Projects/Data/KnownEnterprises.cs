using IndustryPlatform.Projects.Domain;

namespace IndustryPlatform.Projects.Data;

internal static class KnownEnterprises
{
    /// <summary>Adds the enterprise or brings its copy up to the snapshot; the caller saves.</summary>
    public static async Task ApplyEnterpriseSnapshotAsync(
        this ProjectsDbContext db, EnterpriseSnapshot snapshot, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var known = await db.KnownEnterprises.FindAsync([snapshot.CreditCode], cancellationToken);
        if (known is null)
        {
            db.KnownEnterprises.Add(KnownEnterprise.From(snapshot, receivedAt));
        }
        else
        {
            known.Apply(snapshot, receivedAt);
        }
    }
}
