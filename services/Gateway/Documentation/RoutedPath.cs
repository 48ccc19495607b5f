using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing.Patterns;

namespace IndustryPlatform.Gateway.Documentation;

/// <summary>A gateway route's path pattern (ASP.NET Core route syntax, as YARP reads it) and the methods it allows,
/// able to say whether an OpenAPI path such as <c>/api/v1/enterprises/{creditCode}</c> is reachable through it.</summary>
public sealed class RoutedPath
{
    public const string PublicApiPrefix = "/api/v1";

    private readonly RoutePattern _pattern;
    private readonly HashSet<string>? _methods;

    public RoutedPath(string pattern, IReadOnlyList<string>? methods = null)
    {
        Pattern = pattern;
        _pattern = RoutePatternFactory.Parse(pattern);
        _methods = methods is { Count: > 0 } ? new HashSet<string>(methods, StringComparer.OrdinalIgnoreCase) : null;
    }

    public string Pattern { get; }

    public static bool IsPublicApi(string path) =>
        path.Equals(PublicApiPrefix, StringComparison.OrdinalIgnoreCase)
        || path.StartsWith(PublicApiPrefix + "/", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when a request to <paramref name="openApiPath"/> with <paramref name="method"/> is forwarded by this route.
    /// A path parameter of the document (<c>{creditCode}</c>) only matches a parameter of the route, never a literal one:
    /// the route would forward some values of it and not others.</summary>
    public bool Forwards(string openApiPath, string method) =>
        (_methods is null || _methods.Contains(method)) && Matches(Segments(openApiPath), 0, 0);

    private bool Matches(string[] path, int pathIndex, int routeIndex)
    {
        var route = _pattern.PathSegments;
        if (routeIndex == route.Count)
        {
            return pathIndex == path.Length;
        }

        var segment = route[routeIndex];
        if (segment.IsSimple && segment.Parts[0] is RoutePatternParameterPart { IsCatchAll: true })
        {
            return true;
        }

        if (pathIndex == path.Length)
        {
            // Only optional parameters may be left over.
            return route.Skip(routeIndex).All(s => s.IsSimple && s.Parts[0] is RoutePatternParameterPart { IsOptional: true });
        }

        return SegmentMatches(segment, path[pathIndex]) && Matches(path, pathIndex + 1, routeIndex + 1);
    }

    private static bool SegmentMatches(RoutePatternPathSegment segment, string pathSegment)
    {
        var isParameter = pathSegment.StartsWith('{') && pathSegment.EndsWith('}');
        if (segment.IsSimple)
        {
            return segment.Parts[0] switch
            {
                RoutePatternParameterPart => true,
                RoutePatternLiteralPart literal => !isParameter && string.Equals(literal.Content, pathSegment, StringComparison.OrdinalIgnoreCase),
                _ => false,
            };
        }

        if (isParameter)
        {
            return false;
        }

        var regex = string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => Regex.Escape(literal.Content),
            RoutePatternSeparatorPart separator => Regex.Escape(separator.Content),
            _ => ".+",
        }));
        return Regex.IsMatch(pathSegment, $"^{regex}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    }

    private static string[] Segments(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);
}
