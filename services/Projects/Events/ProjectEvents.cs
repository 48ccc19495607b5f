using IndustryPlatform.Contracts.Events;
using IndustryPlatform.Projects.Domain;

namespace IndustryPlatform.Projects.Events;

/// <summary>What Projects publishes: enough of the project that consumers need not call back.</summary>
internal static class ProjectEvents
{
    public static ProjectRegistered ToRegisteredEvent(this Project p) => new(
        p.Id, p.Name, p.EnterpriseCreditCode, p.DistrictCode, p.ChainCode, p.Kind, p.TotalInvestmentYi, p.IsMajor, p.IsProvincialMajor,
        p.FiledOn, p.Version, p.RegisteredAt);

    public static ProjectStageAdvanced ToStageAdvancedEvent(this Project p) => new(
        p.Id, p.EnterpriseCreditCode, p.DistrictCode, p.ChainCode, p.Kind, p.TotalInvestmentYi, p.IsMajor, p.IsProvincialMajor,
        p.Stage, p.Milestone(p.Stage).ReachedOn!.Value, p.Version, p.ChangedAt);

    public static ProjectLightChanged ToLightChangedEvent(this Project p, ProjectLight previous, DateTimeOffset at) => new(
        p.Id, p.EnterpriseCreditCode, p.DistrictCode, p.ChainCode, p.Stage, p.Stage.Next(), previous, p.Light, p.DaysOverdue, at);
}
