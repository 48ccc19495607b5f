using System.Text.Json.Nodes;

namespace IndustryPlatform.Gateway.Documentation;

/// <summary>The <c>$ref</c>s of an OpenAPI document that point into its own <c>components</c>: found, followed and renamed.</summary>
public static class ComponentReferences
{
    private const string Prefix = "#/components/";

    public static string Of(string kind, string name) => $"{Prefix}{kind}/{name}";

    /// <summary>Every (kind, name) reachable from <paramref name="root"/>, following references inside the components too.</summary>
    public static HashSet<(string Kind, string Name)> ReachableFrom(JsonNode root, JsonObject? components)
    {
        var reached = new HashSet<(string, string)>();
        var pending = new Stack<JsonNode>([root]);
        while (pending.TryPop(out var node))
        {
            foreach (var target in DirectlyReferenced(node))
            {
                if (reached.Add(target) && components?[target.Kind]?[target.Name] is { } component)
                {
                    pending.Push(component);
                }
            }
        }

        return reached;
    }

    /// <summary>Points every reference to <c>#/components/{kind}/{from}</c> (or into it) at <paramref name="to"/>.</summary>
    public static void Rename(JsonNode root, string kind, string from, string to)
    {
        var old = Of(kind, from);
        foreach (var reference in References(root))
        {
            var value = (string)reference["$ref"]!;
            if (value == old || value.StartsWith(old + "/", StringComparison.Ordinal))
            {
                reference["$ref"] = Of(kind, to) + value[old.Length..];
            }
        }
    }

    private static IEnumerable<(string Kind, string Name)> DirectlyReferenced(JsonNode node)
    {
        foreach (var reference in References(node))
        {
            var value = (string)reference["$ref"]!;
            if (!value.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var parts = value[Prefix.Length..].Split('/');
            if (parts.Length >= 2)
            {
                yield return (parts[0], parts[1]);
            }
        }
    }

    /// <summary>The objects holding a string <c>$ref</c>, anywhere below <paramref name="node"/>.</summary>
    private static IEnumerable<JsonObject> References(JsonNode node)
    {
        var pending = new Stack<JsonNode>([node]);
        while (pending.TryPop(out var current))
        {
            switch (current)
            {
                case JsonObject obj:
                    if (obj["$ref"] is JsonValue value && value.TryGetValue<string>(out _))
                    {
                        yield return obj;
                    }

                    foreach (var (_, child) in obj)
                    {
                        if (child is not null)
                        {
                            pending.Push(child);
                        }
                    }

                    break;
                case JsonArray array:
                    foreach (var child in array)
                    {
                        if (child is not null)
                        {
                            pending.Push(child);
                        }
                    }

                    break;
            }
        }
    }
}
