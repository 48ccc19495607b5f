using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Projects.Data;
using IndustryPlatform.Projects.Domain;

namespace IndustryPlatform.Projects.Events;

/// <summary>Adds a newly registered enterprise to Projects' own list of enterprises.</summary>
public sealed class EnterpriseRegisteredConsumer(ProjectsDbContext db, TimeProvider clock) : KnownEnterpriseConsumer<EnterpriseRegistered>(db, clock)
{
    protected override EnterpriseSnapshot SnapshotOf(EnterpriseRegistered e) =>
        new(e.CreditCode, e.NameZh, e.NameEn, e.DistrictCode, e.IndustryCode, e.ChainCode, e.Version);
}
