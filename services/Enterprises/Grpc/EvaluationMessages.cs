using Google.Protobuf.WellKnownTypes;
using IndustryPlatform.Enterprises.Domain;
using IndustryPlatform.Enterprises.UseCases;
using V1 = IndustryPlatform.Contracts.Enterprises.V1;

namespace IndustryPlatform.Enterprises.Grpc;

/// <summary>The city-wide evaluations between proto messages and use cases. Proto3 zeros and empty strings mean "not given".</summary>
internal static class EvaluationMessages
{
    public static EvaluationListQuery ToQuery(this V1.ListEvaluatedEnterprisesRequest r) => new(
        r.Year,
        r.CarbonGrade == 0 ? null : r.CarbonGrade,
        r.PerMuClass,
        r.DistrictCode,
        r.Industry,
        r.Sort,
        r.Page == 0 ? 1 : r.Page,
        r.PageSize == 0 ? FiguresMessages.DefaultPageSize : r.PageSize);

    public static V1.CarbonGradeDistribution ToMessage(this CarbonGradeDistribution d)
    {
        var message = new V1.CarbonGradeDistribution { Year = d.Year, Graded = d.Graded, Ungraded = d.Ungraded };
        message.Grades.AddRange(d.Grades.Select(ToMessage));
        message.Districts.AddRange(d.Districts.Select(ToMessage));
        message.Industries.AddRange(d.Industries.Select(ToMessage));
        return message;
    }

    public static V1.PerMuClassDistribution ToMessage(this PerMuClassDistribution d)
    {
        var message = new V1.PerMuClassDistribution
        {
            Year = d.Year,
            Evaluated = d.Evaluated,
            Thresholds = new V1.PerMuClassThresholds
            {
                MinScoreA = (double)d.Thresholds.MinScoreA, MinScoreB = (double)d.Thresholds.MinScoreB, MinScoreC = (double)d.Thresholds.MinScoreC,
            },
        };
        message.Classes.AddRange(d.Classes.Select(ToMessage));
        message.Districts.AddRange(d.Districts.Select(ToMessage));
        message.Industries.AddRange(d.Industries.Select(ToMessage));
        return message;
    }

    public static V1.EnterpriseStandingPage ToMessage(this EnterpriseStandingPage page)
    {
        var message = new V1.EnterpriseStandingPage { Year = page.Year, Page = page.Page, PageSize = page.PageSize, TotalCount = page.TotalCount };
        message.Items.AddRange(page.Items.Select(ToMessage));
        return message;
    }

    private static V1.EnterpriseStanding ToMessage(EnterpriseStanding s)
    {
        var message = new V1.EnterpriseStanding
        {
            CreditCode = s.CreditCode,
            NameZh = s.NameZh,
            DistrictCode = s.DistrictCode,
            IndustryCode = s.IndustryCode,
            IndustryDivision = s.IndustryDivision,
            PerMuScore = (double)s.PerMuScore,
            PerMuRank = s.PerMuRank,
            PerMuDistrictRank = s.PerMuDistrictRank,
            PerMuClass = s.PerMuClass.ToString(),
        };
        if (s.CarbonGrade is { } grade)
        {
            message.CarbonGrade = grade;
        }

        if (s.CarbonRatio is { } ratio)
        {
            message.CarbonRatio = (double)ratio;
        }

        return message;
    }

    public static V1.DigitalLevelRecord ToMessage(this DigitalLevelEntry e) => new()
    {
        CreditCode = e.CreditCode,
        Level = e.Level,
        ReachedOn = e.ReachedOn,
        Evidence = e.Evidence,
        DistrictCode = e.DistrictCode,
        RecordedBy = e.RecordedBy,
        RecordedAt = Timestamp.FromDateTimeOffset(e.RecordedAt),
        IsDemo = e.IsDemo,
    };

    public static V1.DigitalLevelHistory ToMessage(this DigitalLevelHistory h)
    {
        var message = new V1.DigitalLevelHistory { CreditCode = h.CreditCode, Current = h.Current };
        message.History.AddRange(h.History.Select(ToMessage));
        return message;
    }

    public static V1.DigitalCoverage ToMessage(this DigitalCoverage c)
    {
        var message = new V1.DigitalCoverage { Year = c.Year, City = ToMessage(c.City) };
        message.Districts.AddRange(c.Districts.Select(ToMessage));
        message.Industries.AddRange(c.Industries.Select(ToMessage));
        return message;
    }

    private static V1.DigitalCoverageGroup ToMessage(DigitalCoverageGroup g) => new()
    {
        Code = g.Code,
        AboveScale = g.AboveScale,
        AtLevel1OrAbove = g.AtLevel1OrAbove,
        AtLevel2 = g.AtLevel2,
        Level1Coverage = (double)g.Level1Coverage,
        Level2Coverage = (double)g.Level2Coverage,
    };

    private static V1.GradeCount ToMessage(GradeCount g) => new() { Grade = g.Grade, Count = g.Count, Share = (double)g.Share };

    private static V1.CarbonGradeGroup ToMessage(CarbonGradeGroup g)
    {
        var message = new V1.CarbonGradeGroup { Code = g.Code, Graded = g.Graded };
        message.Grades.AddRange(g.Grades.Select(ToMessage));
        return message;
    }

    private static V1.ClassCount ToMessage(ClassCount c) => new() { Class = c.Class.ToString(), Count = c.Count, Share = (double)c.Share };

    private static V1.PerMuClassGroup ToMessage(PerMuClassGroup g)
    {
        var message = new V1.PerMuClassGroup { Code = g.Code, Evaluated = g.Evaluated, AverageScore = (double)g.AverageScore };
        message.Classes.AddRange(g.Classes.Select(ToMessage));
        return message;
    }
}
