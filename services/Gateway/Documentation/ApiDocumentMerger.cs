using System.Text.Json.Nodes;

namespace IndustryPlatform.Gateway.Documentation;

/// <summary>Merges the services' OpenAPI documents into one: keeps the operations the gateway forwards to the service that
/// described them, the components those operations use, and every tag. Two services describing a component under the same
/// name differently keep both: the later one is renamed with its service's prefix (<c>ProjectsRegion</c>) and its references follow.</summary>
public static class ApiDocumentMerger
{
    public const string DefaultOpenApiVersion = "3.1.1";

    private static readonly string[] Operations = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    public static MergedApiDocument Merge(IReadOnlyList<ServiceDocument> documents)
    {
        var paths = new JsonObject();
        var components = new JsonObject();
        var tags = new JsonArray();
        var missing = new List<ServiceDocument>();
        var notes = new List<string>();
        string? version = null;

        foreach (var served in documents)
        {
            if (served.Document is null)
            {
                missing.Add(served);
                continue;
            }

            version ??= (string?)served.Document["openapi"];
            var routedPaths = RoutedPaths(served);
            var used = UsedComponents(served.Document, routedPaths);
            notes.AddRange(ResolveClashes(components, routedPaths, used, served.Source.SchemaPrefix));
            AddPaths(paths, routedPaths, notes);
            AddComponents(components, used);
            AddTags(tags, served.Document["tags"] as JsonArray);
        }

        return new MergedApiDocument(version ?? DefaultOpenApiVersion, paths, components, tags, missing, notes);
    }

    /// <summary>Adds a component under <paramref name="name"/>, or under a prefixed name when another one holds it;
    /// returns the name it got.</summary>
    public static string AddComponent(JsonObject components, string kind, string name, JsonNode component, string prefix)
    {
        var ofKind = OfKind(components, kind);
        var unique = name;
        for (var attempt = 1; ofKind[unique] is { } existing && !JsonNode.DeepEquals(existing, component); attempt++)
        {
            unique = attempt == 1 ? prefix + name : $"{prefix}{name}{attempt}";
        }

        ofKind[unique] = component.DeepClone();
        return unique;
    }

    /// <summary>The operations of <paramref name="served"/> that one of its routes forwards, as a copy.</summary>
    private static JsonObject RoutedPaths(ServiceDocument served)
    {
        var routed = new JsonObject();
        foreach (var (path, item) in served.Document!["paths"] as JsonObject ?? [])
        {
            if (item is not JsonObject pathItem || !RoutedPath.IsPublicApi(path))
            {
                continue;
            }

            var kept = new JsonObject();
            foreach (var (key, value) in pathItem)
            {
                var isOperation = Operations.Contains(key, StringComparer.OrdinalIgnoreCase);
                if (!isOperation || served.Source.Routes.Any(r => r.Forwards(path, key)))
                {
                    kept[key] = value?.DeepClone();
                }
            }

            if (kept.Any(p => Operations.Contains(p.Key, StringComparer.OrdinalIgnoreCase)))
            {
                routed[path] = kept;
            }
        }

        return routed;
    }

    /// <summary>Copies of the components the routed operations reach, by kind.</summary>
    private static JsonObject UsedComponents(JsonObject document, JsonObject routedPaths)
    {
        var all = document["components"] as JsonObject;
        var used = new JsonObject();
        foreach (var (kind, name) in ComponentReferences.ReachableFrom(routedPaths, all))
        {
            if (all?[kind]?[name] is { } component)
            {
                OfKind(used, kind)[name] = component.DeepClone();
            }
        }

        // Security schemes are referenced by name from "security", not by $ref.
        if (all?["securitySchemes"] is JsonObject schemes)
        {
            used["securitySchemes"] = schemes.DeepClone();
        }

        return used;
    }

    /// <summary>Renames the incoming components whose names are taken by different content, until none clash: renaming one
    /// changes the components that refer to it, which may then clash in turn.</summary>
    private static IEnumerable<string> ResolveClashes(JsonObject merged, JsonObject paths, JsonObject incoming, string prefix)
    {
        var renamed = new List<string>();
        while (FirstClash(merged, incoming) is var (kind, name) && kind is not null)
        {
            var ofKind = OfKind(incoming, kind);
            var unique = prefix + name;
            for (var attempt = 2; OfKind(merged, kind).ContainsKey(unique) || ofKind.ContainsKey(unique); attempt++)
            {
                unique = $"{prefix}{name}{attempt}";
            }

            var component = ofKind[name]!;
            ofKind.Remove(name);
            ofKind[unique] = component;
            ComponentReferences.Rename(paths, kind, name, unique);
            ComponentReferences.Rename(incoming, kind, name, unique);
            renamed.Add($"{kind} '{name}' of {prefix} is shown as '{unique}': another service describes a different '{name}'");
        }

        return renamed;
    }

    private static (string? Kind, string Name) FirstClash(JsonObject merged, JsonObject incoming)
    {
        foreach (var (kind, ofKind) in incoming)
        {
            foreach (var (name, component) in ofKind as JsonObject ?? [])
            {
                if (merged[kind]?[name] is { } existing && !JsonNode.DeepEquals(existing, component))
                {
                    return (kind, name);
                }
            }
        }

        return (null, "");
    }

    private static void AddPaths(JsonObject merged, JsonObject routed, List<string> notes)
    {
        foreach (var (path, item) in routed)
        {
            if (merged[path] is not JsonObject existing)
            {
                merged[path] = item!.DeepClone();
                continue;
            }

            foreach (var (key, value) in (JsonObject)item!)
            {
                if (!existing.ContainsKey(key))
                {
                    existing[key] = value?.DeepClone();
                }
                else if (Operations.Contains(key, StringComparer.OrdinalIgnoreCase))
                {
                    notes.Add($"{key.ToUpperInvariant()} {path} is described by two services; the first description is shown");
                }
            }
        }
    }

    private static void AddComponents(JsonObject merged, JsonObject incoming)
    {
        foreach (var (kind, ofKind) in incoming)
        {
            foreach (var (name, component) in ofKind as JsonObject ?? [])
            {
                OfKind(merged, kind)[name] ??= component!.DeepClone();
            }
        }
    }

    private static void AddTags(JsonArray merged, JsonArray? incoming)
    {
        foreach (var tag in incoming ?? [])
        {
            var name = (string?)tag?["name"];
            if (name is not null && !merged.Any(t => (string?)t?["name"] == name))
            {
                merged.Add(tag!.DeepClone());
            }
        }
    }

    private static JsonObject OfKind(JsonObject components, string kind)
    {
        if (components[kind] is not JsonObject ofKind)
        {
            ofKind = new JsonObject();
            components[kind] = ofKind;
        }

        return ofKind;
    }
}
