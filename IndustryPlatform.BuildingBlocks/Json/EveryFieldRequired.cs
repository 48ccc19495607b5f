using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using IndustryPlatform.Rules;

namespace IndustryPlatform.BuildingBlocks.Json;

/// <summary>The System.Text.Json contract modifier that enforces <see cref="EveryFieldRequiredAttribute"/>.</summary>
public static class EveryFieldRequired
{
    public static bool AppliesTo(Type type) => type.GetCustomAttribute<EveryFieldRequiredAttribute>() is not null;

    public static void Modify(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || !AppliesTo(typeInfo.Type))
        {
            return;
        }

        if (typeInfo.Properties.Any(p => p.Set is null))
        {
            throw new InvalidOperationException(
                $"{typeInfo.Type.Name} is marked [EveryFieldRequired] but has a field without a setter; declare its fields as {{ get; init; }} properties.");
        }

        var given = new ConditionalWeakTable<object, HashSet<string>>();
        foreach (var property in typeInfo.Properties)
        {
            var set = property.Set!;
            var name = property.Name;
            property.Set = (target, value) =>
            {
                set(target, value);
                given.GetOrCreateValue(target).Add(name);
            };
        }

        typeInfo.OnDeserialized = target =>
        {
            var sent = given.TryGetValue(target, out var names) ? names : [];
            given.Remove(target);
            InvalidInputException.ThrowIfAny([.. typeInfo.Properties
                .Where(p => !sent.Contains(p.Name))
                .Select(p => new RuleViolation(p.Name, RuleCodes.Request.FieldMissing,
                    $"{p.Name} is missing: a change states every field (null clears one), so that a field left out is never erased."))]);
        };
    }
}
