using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Projects.Data;
using IndustryPlatform.Projects.Domain;

namespace IndustryPlatform.Projects.Events;

/// <summary>Keeps Projects' copy of an enterprise up to date with the registry.</summary>
public sealed class EnterpriseChangedConsumer(ProjectsDbContext db, TimeProvider clock) : KnownEnterpriseConsumer<EnterpriseChanged>(db, clock)
{
    protected override EnterpriseSnapshot SnapshotOf(EnterpriseChanged e) =>
        new(e.CreditCode, e.NameZh, e.NameEn, e.DistrictCode, e.IndustryCode, e.ChainCode, e.Version);
}
