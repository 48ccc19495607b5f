using System.Reflection;

namespace IndustryPlatform.Testing;

/// <summary>A domain assembly is plain C#: it references the BCL and IndustryPlatform.Rules, nothing of the hosting stack.</summary>
public static class PlainDomain
{
    private static readonly string[] Allowed = ["System", "Microsoft.CSharp", "netstandard", "mscorlib", "IndustryPlatform.Rules"];

    /// <summary>The assemblies <paramref name="domain"/> references beyond those it may.</summary>
    public static IReadOnlyList<string> ForeignReferences(Assembly domain) =>
        [.. domain.GetReferencedAssemblies()
            .Select(a => a.Name ?? "")
            .Where(name => !Allowed.Any(allowed => name == allowed || name.StartsWith(allowed + ".", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)];
}
