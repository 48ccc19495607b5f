using IndustryPlatform.Rules;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using IndustryPlatform.Contracts.Projects.V1;
using ProjectDetails = IndustryPlatform.Projects.Domain.ProjectDetails;
using ProjectListKind = IndustryPlatform.Projects.Domain.ProjectListKind;
using ProjectPlan = IndustryPlatform.Projects.Domain.ProjectPlan;
using IndustryPlatform.Projects.UseCases;
using DomainStage = IndustryPlatform.Projects.Domain.ProjectStage;
using DomainKind = IndustryPlatform.Projects.Domain.ProjectKind;
using DomainOrigin = IndustryPlatform.Projects.Domain.ProjectOrigin;

namespace IndustryPlatform.Projects.Grpc;

/// <summary>Between proto messages and use cases. Proto3 strings cannot be null: empty means "not given". The proto's enums
/// and the domain's share their numbers; they are mapped here, at the edge.</summary>
internal static class ProjectMessages
{
    public static ProjectDetails ToDetails(this RegisterProjectRequest r) => new(
        r.Name, r.EnterpriseCreditCode, r.DistrictCode, r.ChainCode,
        r.Kind == Kind.Unspecified ? null : FromProto(r.Kind).ToString(),
        ToDecimal(r.TotalInvestmentYi), ToDecimal(r.EquipmentInvestmentShare), r.IsProvincialMajor, r.FiledOn,
        new ProjectPlan(r.PlannedStartOn, r.PlannedCompletionOn, r.PlannedProductionOn, r.PlannedAboveScaleOn, r.PlannedAtCapacityOn),
        r.Origin == Origin.Unspecified || !System.Enum.IsDefined(r.Origin) ? null : ((DomainOrigin)(int)r.Origin).ToString(),
        r.IsDigitalEconomyCore);

    public static AdvanceProjectCommand ToCommand(this AdvanceProjectRequest r) =>
        new(r.ProjectId, r.ExpectedVersion, StageName(r.Stage), r.ReachedOn);

    public static ReplanProjectCommand ToCommand(this ReplanProjectRequest r) =>
        new(r.ProjectId, r.ExpectedVersion, StageName(r.Stage), r.PlannedOn, r.Reason);

    public static WithdrawProjectCommand ToCommand(this WithdrawProjectRequest r) => new(r.ProjectId, r.ExpectedVersion, r.Reason);

    /// <summary>An unspecified list is a search; an undefined one reaches the use case as its number, which the rule refuses.</summary>
    public static ListProjectsQuery ToQuery(this ListProjectsRequest r) => new(
        r.List == ProjectList.Unspecified ? null
            : System.Enum.IsDefined(r.List) ? ((ProjectListKind)(int)r.List).ToString() : ((int)r.List).ToString(CultureInfo.InvariantCulture),
        r.From, r.To, StageName(r.NotYet), r.DistrictCode, r.ChainCode, r.Page, r.PageSize,
        new ProjectFilters(
            r.Kind == Kind.Unspecified ? null : System.Enum.IsDefined(r.Kind) ? FromProto(r.Kind).ToString() : ((int)r.Kind).ToString(CultureInfo.InvariantCulture),
            r.Stage == Stage.Unspecified ? null : StageName(r.Stage) ?? ((int)r.Stage).ToString(CultureInfo.InvariantCulture),
            r.Origin == Origin.Unspecified ? null : System.Enum.IsDefined(r.Origin) ? ((DomainOrigin)(int)r.Origin).ToString() : ((int)r.Origin).ToString(CultureInfo.InvariantCulture),
            r.HasIsMajor ? r.IsMajor : null,
            r.HasIsProvincialMajor ? r.IsProvincialMajor : null,
            r.HasIsDigitalEconomyCore ? r.IsDigitalEconomyCore : null,
            r.FiledYear == 0 ? null : r.FiledYear,
            r.StartedYear == 0 ? null : r.StartedYear,
            r.HasMinInvestmentYi ? ToDecimal(r.MinInvestmentYi) : null,
            r.HasMaxInvestmentYi ? ToDecimal(r.MaxInvestmentYi) : null));

    public static Contracts.Projects.V1.ProjectPage ToMessage(this UseCases.ProjectPage page)
    {
        var message = new Contracts.Projects.V1.ProjectPage { Page = page.Page, PageSize = page.PageSize, Total = page.Total };
        message.Items.AddRange(page.Items.Select(p => new Contracts.Projects.V1.ListedProject
        {
            Id = p.Id.ToString(),
            Name = p.Name,
            EnterpriseCreditCode = p.EnterpriseCreditCode,
            EnterpriseName = p.EnterpriseName ?? string.Empty,
            DistrictCode = p.DistrictCode,
            ChainCode = p.ChainCode,
            TotalInvestmentYi = (double)p.TotalInvestmentYi,
            IsMajor = p.IsMajor,
            Stage = ToProto(p.Stage),
            NextStage = p.NextStage is { } next ? ToProto(next) : Stage.Unspecified,
            NextPlannedOn = Format(p.NextPlannedOn),
            DaysOverdue = p.DaysOverdue,
            Light = (Light)(int)p.Light,
            Kind = (Kind)(int)p.Kind,
            Origin = (Origin)(int)p.Origin,
            IsProvincialMajor = p.IsProvincialMajor,
            IsDigitalEconomyCore = p.IsDigitalEconomyCore,
        }));
        return message;
    }

    public static Project ToMessage(this ProjectRecord p)
    {
        var message = new Project
        {
            Id = p.Id.ToString(),
            Name = p.Name,
            EnterpriseCreditCode = p.EnterpriseCreditCode,
            DistrictCode = p.DistrictCode,
            ChainCode = p.ChainCode,
            Kind = (Kind)(int)p.Kind,
            TotalInvestmentYi = (double)p.TotalInvestmentYi,
            EquipmentInvestmentShare = (double)p.EquipmentInvestmentShare,
            IsMajor = p.IsMajor,
            IsProvincialMajor = p.IsProvincialMajor,
            Origin = (Origin)(int)p.Origin,
            IsDigitalEconomyCore = p.IsDigitalEconomyCore,
            IsWithdrawn = p.IsWithdrawn,
            Stage = ToProto(p.Stage),
            Light = (Light)(int)p.Light,
            DaysOverdue = p.DaysOverdue,
            RegisteredAt = Timestamp.FromDateTimeOffset(p.RegisteredAt),
            ChangedAt = Timestamp.FromDateTimeOffset(p.ChangedAt),
            Version = p.Version,
        };
        message.Milestones.AddRange(p.Milestones.Select(m => new Milestone
        {
            Stage = ToProto(m.Stage), PlannedOn = Format(m.PlannedOn), ReachedOn = Format(m.ReachedOn),
        }));
        message.History.AddRange(p.History.Select(h => new HistoryEntry
        {
            Sequence = h.Sequence,
            Kind = h.Kind.ToString(),
            Stage = ToProto(h.Stage),
            Date = Format(h.Date),
            PreviousDate = Format(h.PreviousDate),
            Reason = h.Reason ?? string.Empty,
            ChangedBy = h.ChangedBy,
            ChangedAt = Timestamp.FromDateTimeOffset(h.ChangedAt),
        }));
        return message;
    }

    public static Stage ToProto(DomainStage stage) => (Stage)(int)stage;

    /// <summary>The stage's name for the use case; null (refused by rule) when unspecified or unknown.</summary>
    public static string? StageName(Stage stage) =>
        stage == Stage.Unspecified || !System.Enum.IsDefined(stage) ? null : ((DomainStage)(int)stage).ToString();

    private static DomainKind FromProto(Kind kind) => (DomainKind)(int)kind;

    /// <summary>Amounts arrive as doubles; four decimals (one 万元 in 亿元) is all they carry.</summary>
    private static decimal ToDecimal(double value) =>
        double.IsFinite(value) && Math.Abs(value) < 1e12 ? Math.Round((decimal)value, 4) : -1m;

    private static string Format(DateOnly? date) => IsoDate.Write(date);
}
