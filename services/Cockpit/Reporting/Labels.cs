namespace IndustryPlatform.Cockpit.Reporting;

/// <summary>Every label is written in both languages where it is used: <c>@L["总览", "Overview"]</c>.</summary>
public sealed record Labels(bool English)
{
    public string this[string zh, string en] => English ? en : zh;
}
