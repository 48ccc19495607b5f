using System.Text.RegularExpressions;
using IndustryPlatform.Rules;

namespace IndustryPlatform.BuildingBlocks.Tests;

/// <summary>One naming style, one catalogue, and documentation that shows only rules the platform answers with.</summary>
public sealed partial class RuleCatalogue_Docs
{
    private static readonly string[] FileSuffixes = [".json", ".md", ".cs", ".proto", ".sln", ".csproj", ".yml", ".yaml", ".sh", ".txt", ".log"];

    [Fact]
    public void Every_code_is_written_subject_dot_rule_in_kebab_case_and_is_listed_once()
    {
        Assert.True(RuleCodes.All.Count > 100, $"the catalogue lists {RuleCodes.All.Count} codes");
        Assert.All(RuleCodes.All, code => Assert.Matches(RuleCodes.Style, code.Value));
        Assert.Equal(RuleCodes.All.Count, RuleCodes.All.Select(c => c.Value).Distinct(StringComparer.Ordinal).Count());
        Assert.True(RuleCodes.TryFind("credit-code.check-character", out var found));
        Assert.Equal(RuleCodes.CreditCode.CheckCharacter, found);
        Assert.False(RuleCodes.TryFind("credit-code-check-character", out _));
    }

    [Fact]
    public void The_readme_the_docs_and_the_protos_show_only_rule_codes_of_the_catalogue()
    {
        var root = RepositoryRoot();
        var documents = new[] { Path.Combine(root, "README.md") }
            .Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md"))
            .Concat(Directory.GetFiles(Path.Combine(root, "IndustryPlatform.Contracts", "Protos"), "*.proto", SearchOption.AllDirectories))
            .Concat(Directory.GetFiles(Path.Combine(root, "IndustryPlatform.BuildingBlocks", "Documentation"), "*.cs"))
            .ToList();

        var shown = documents
            .SelectMany(path => RulesShownIn(File.ReadAllText(path)).Select(rule => (File: Path.GetRelativePath(root, path), Rule: rule)))
            .ToList();
        var unknown = shown.Where(s => !RuleCodes.TryFind(s.Rule, out _)).Select(s => $"{s.File}: {s.Rule}").Distinct().ToList();

        Assert.True(shown.Count >= 5, $"expected the docs to show rule codes, found {shown.Count}");
        Assert.True(unknown.Count == 0, "Rule codes shown in the docs that the platform does not have:\n" + string.Join("\n", unknown));
    }

    /// <summary>A rule in a problem body (<c>"rule": "…"</c>), a problem type (<c>…/problems/…</c>), in proto comments
    /// (<c>rule stage.out-of-order</c>), or any back-quoted word of the rule-code form.</summary>
    private static IEnumerable<string> RulesShownIn(string text)
    {
        foreach (Match match in JsonRule().Matches(text))
        {
            yield return match.Groups["rule"].Value;
        }

        foreach (Match match in ProblemType().Matches(text))
        {
            yield return match.Groups["rule"].Value;
        }

        foreach (Match match in NamedRule().Matches(text))
        {
            yield return match.Groups["rule"].Value;
        }

        foreach (Match match in Quoted().Matches(text))
        {
            var word = match.Groups["word"].Value;
            if (RuleCodes.Style.IsMatch(word) && !FileSuffixes.Any(s => word.EndsWith(s, StringComparison.Ordinal)))
            {
                yield return word;
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IndustryPlatform.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("IndustryPlatform.sln not found above the test's directory.");
    }

    [GeneratedRegex("\"rule\\\\?\"\\s*:\\s*\\\\?\"(?<rule>[^\"\\\\]+)")]
    private static partial Regex JsonRule();

    [GeneratedRegex("/problems/(?<rule>[a-z0-9.-]+[a-z0-9])")]
    private static partial Regex ProblemType();

    [GeneratedRegex("\\brules? \\(?(?<rule>[a-z][a-z0-9-]*[.-][a-z0-9.-]*[a-z0-9])")]
    private static partial Regex NamedRule();

    [GeneratedRegex("`(?<word>[^`\\s]+)`")]
    private static partial Regex Quoted();
}
