using IndustryPlatform.Rules;
using Microsoft.EntityFrameworkCore;

namespace IndustryPlatform.BuildingBlocks.Data;

public static class SaveChangesOrConflict
{
    /// <summary>
    /// Saves; when another change committed first (the version column is the concurrency token, or
    /// <paramref name="alsoAConflict"/> recognises the trace it left), refuses with 409 / ABORTED under
    /// <paramref name="rule"/>, so the client reads again and reapplies its change. Nothing of this change is stored.
    /// </summary>
    public static async Task SaveChangesOrConflictAsync(
        this DbContext db, RuleCode rule, string message, CancellationToken cancellationToken, Func<Exception, bool>? alsoAConflict = null)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || alsoAConflict?.Invoke(ex) == true)
        {
            throw new ConcurrencyConflictException(rule, message);
        }
    }
}
