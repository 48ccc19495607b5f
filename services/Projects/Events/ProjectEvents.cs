using IndustryPlatform.Projects.Domain;
using Wire = IndustryPlatform.Contracts.Events;

namespace IndustryPlatform.Projects.Events;

/// <summary>What Projects publishes: enough of the project that consumers need not call back; after every committed change
/// the whole project as a versioned fact (ProjectFactsChanged) besides the event that names the change. The domain's stages, kinds
/// and lights become the contract's own enums here, at the edge, value for value.</summary>
internal static class ProjectEvents
{
    public static Wire.ProjectRegistered ToRegisteredEvent(this Project p) => new(
        p.Id, p.Name, p.EnterpriseCreditCode, p.DistrictCode, p.ChainCode, p.Kind.ToWire(), p.TotalInvestmentYi, p.IsMajor, p.IsProvincialMajor,
        p.FiledOn, p.Version, p.RegisteredAt);

    public static Wire.ProjectStageAdvanced ToStageAdvancedEvent(this Project p) => new(
        p.Id, p.EnterpriseCreditCode, p.DistrictCode, p.ChainCode, p.Kind.ToWire(), p.TotalInvestmentYi, p.IsMajor, p.IsProvincialMajor,
        p.Stage.ToWire(), p.Milestone(p.Stage).ReachedOn!.Value, p.Version, p.ChangedAt);

    public static Wire.ProjectLightChanged ToLightChangedEvent(this Project p, ProjectLight previous, DateTimeOffset at) => new(
        p.Id, p.EnterpriseCreditCode, p.DistrictCode, p.ChainCode, p.Stage.ToWire(), p.Stage.Next()?.ToWire(), previous.ToWire(), p.Light.ToWire(),
        p.DaysOverdue, at);

    /// <summary>项目事实 — the whole project as it stands after a committed change, at its version; all six stages.</summary>
    public static Wire.ProjectFactsChanged ToFactsChangedEvent(this Project p) => new(
        p.Id, p.Version, p.Name, p.EnterpriseCreditCode, p.DistrictCode, p.ChainCode, p.Kind.ToWire(), p.Origin.ToWire(),
        p.TotalInvestmentYi, p.EquipmentInvestmentShare, p.IsMajor, p.IsProvincialMajor, p.IsDigitalEconomyCore, p.IsWithdrawn, p.IsDemo,
        [.. p.Milestones.OrderBy(m => m.Stage).Select(m => new Wire.ProjectMilestoneFact(m.Stage.ToWire(), m.PlannedOn, m.ReachedOn))],
        p.ChangedAt);

    public static Wire.ProjectStage ToWire(this ProjectStage stage) => (Wire.ProjectStage)(int)stage;

    public static Wire.ProjectKind ToWire(this ProjectKind kind) => (Wire.ProjectKind)(int)kind;

    public static Wire.ProjectOrigin ToWire(this ProjectOrigin origin) => (Wire.ProjectOrigin)(int)origin;

    public static Wire.ProjectLight ToWire(this ProjectLight light) => (Wire.ProjectLight)(int)light;
}
