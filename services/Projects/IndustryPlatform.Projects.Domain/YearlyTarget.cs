namespace IndustryPlatform.Projects.Domain;

public enum TargetScope
{
    Chain = 1,
    District = 2,
}

/// <summary>
/// 年度目标 for one chain or one district: how many new ≥3亿 projects should be filed, started, completed and put
/// into production in the year. Seed data (seeds/project-targets.json).
/// </summary>
public sealed class YearlyTarget
{
    private YearlyTarget() { }

    public YearlyTarget(int year, TargetScope scope, string code)
    {
        Year = year;
        Scope = scope;
        Code = code;
    }

    public int Year { get; private set; }
    public TargetScope Scope { get; private set; }
    public string Code { get; private set; } = "";
    public int Filed { get; set; }
    public int Started { get; set; }
    public int Completed { get; set; }
    public int InProduction { get; set; }
}
