using IndustryPlatform.Rules;

namespace IndustryPlatform.Enterprises.Domain;

/// <summary>数字化改造水平 — how far an above-scale enterprise's digital transformation has come.</summary>
public enum DigitalLevel
{
    /// <summary>未改造 — not (or no longer) at 1.0.</summary>
    None = 0,

    /// <summary>数字化改造1.0 — single stages digitised.</summary>
    Level1 = 1,

    /// <summary>数字化改造2.0 — the stages joined up (环节间的数字化贯通).</summary>
    Level2 = 2,
}

/// <summary>The levels as the bureau writes them: <c>none</c>, <c>1.0</c>, <c>2.0</c>.</summary>
public static class DigitalLevels
{
    public static string Write(DigitalLevel level) => level switch
    {
        DigitalLevel.Level1 => "1.0",
        DigitalLevel.Level2 => "2.0",
        _ => "none",
    };

    public static DigitalLevel Parse(string? text, string field = "level") => text?.Trim().ToLowerInvariant() switch
    {
        "none" or "0" => DigitalLevel.None,
        "1.0" or "1" => DigitalLevel.Level1,
        "2.0" or "2" => DigitalLevel.Level2,
        _ => throw new InvalidInputException([new(field, RuleCodes.DigitalLevel.Unknown, $"'{text}' is not a digital-transformation level: none, 1.0 or 2.0.")]),
    };
}
