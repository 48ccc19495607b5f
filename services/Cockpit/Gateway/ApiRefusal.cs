using System.Text.Json.Nodes;
using IndustryPlatform.Cockpit.Reporting;

namespace IndustryPlatform.Cockpit.Gateway;

/// <summary>A refusal of the API: its status, its rule code (<c>region.not-yours</c>), and the detail the service gave.</summary>
public sealed record ApiRefusal(int Status, string Rule, string? Detail, IReadOnlyList<(string Field, string Rule, string? Message)> Errors)
{
    public static readonly ApiRefusal Unreachable = new(503, "service.unavailable", null, []);

    public static ApiRefusal From(int status, JsonObject? problem)
    {
        var errors = (problem?["errors"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(e => (e["field"]?.GetValue<string>() ?? "", e["rule"]?.GetValue<string>() ?? "", e["message"]?.GetValue<string>()))
            .ToList();
        var rule = problem?["rule"]?.GetValue<string>() ?? errors.FirstOrDefault().Item2 ?? "";
        return new ApiRefusal(status, rule.Length > 0 ? rule : $"http.{status}", problem?["detail"]?.GetValue<string>(), errors);
    }

    /// <summary>The rule in plain words, in the person's language.</summary>
    public string Words(Labels labels) => RuleWords.For(Rule, labels);
}
