using IndustryPlatform.Contracts.Events;

namespace IndustryPlatform.Bench;

/// <summary>One message of a fact stream: the project (by index) and the version it carries.</summary>
public readonly record struct FactMessage(int Project, int Version);

/// <summary>
/// The stream of ProjectFactsChanged that the consumer half of scenario 3 publishes: every project gets version 1 and
/// version 2, as a registration and an advance would. Half of them in order; the other half version 2 first and a
/// stale version 1 about 50 projects later (out of order, in another batch); every tenth project's version 2 is
/// delivered twice more, once at once and once 50 projects later (redelivery). Afterwards every project must be in
/// project_facts exactly once, at version 2.
/// </summary>
public sealed class FactStream
{
    public const int LastVersion = 2;
    private const int Lag = 50;

    private FactStream(Guid[] projects, FactMessage[] messages)
    {
        Projects = projects;
        Messages = messages;
        FirstOfLastVersion = new int[projects.Length];
        Array.Fill(FirstOfLastVersion, -1);
        for (var i = 0; i < messages.Length; i++)
        {
            var m = messages[i];
            if (m.Version == LastVersion && FirstOfLastVersion[m.Project] < 0)
            {
                FirstOfLastVersion[m.Project] = i;
            }
        }
    }

    public Guid[] Projects { get; }

    public FactMessage[] Messages { get; }

    /// <summary>Per project, the index of the message that first carried its last version: its latency starts there.</summary>
    public int[] FirstOfLastVersion { get; }

    /// <summary>About <paramref name="messages"/> messages (2.2 per project).</summary>
    public static FactStream Create(int messages)
    {
        var projects = Enumerable.Range(0, Math.Max(1, (int)(messages / 2.2))).Select(_ => Guid.NewGuid()).ToArray();
        var stream = new List<FactMessage>(messages + Lag);
        var later = new Dictionary<int, List<FactMessage>>();
        void Defer(int at, FactMessage m)
        {
            if (!later.TryGetValue(at, out var list))
            {
                later[at] = list = [];
            }

            list.Add(m);
        }

        for (var p = 0; p < projects.Length; p++)
        {
            if (p % 2 == 0)
            {
                stream.Add(new(p, 1));
                stream.Add(new(p, LastVersion));
            }
            else
            {
                stream.Add(new(p, LastVersion));
                Defer(p + Lag, new(p, 1));
            }

            if (p % 10 == 0)
            {
                stream.Add(new(p, LastVersion));
                Defer(p + Lag, new(p, LastVersion));
            }

            if (later.Remove(p, out var due))
            {
                stream.AddRange(due);
            }
        }

        stream.AddRange(later.OrderBy(d => d.Key).SelectMany(d => d.Value));
        return new FactStream(projects, [.. stream]);
    }

    /// <summary>A plausible major project at the given version (started at version 2).</summary>
    public ProjectFactsChanged Fact(FactMessage m)
    {
        var started = m.Version >= 2 ? new DateOnly(2025, 2 + m.Project % 11, 15) : (DateOnly?)null;
        return new ProjectFactsChanged(
            Projects[m.Project], m.Version, $"基准测试事实 {m.Project:000000}", "91330500BENCH0000X", "330502", "high-end-equipment",
            ProjectKind.NewManufacturing, ProjectOrigin.NewlyIntroduced, 5m, 40m,
            IsMajor: true, IsProvincialMajor: false, IsDigitalEconomyCore: false, IsWithdrawn: false, IsDemo: true,
            [
                new(ProjectStage.Filed, new DateOnly(2025, 1, 10), new DateOnly(2025, 1, 10)),
                new(ProjectStage.Started, new DateOnly(2025, 3, 1), started),
                new(ProjectStage.Completed, new DateOnly(2025, 12, 31), null),
                new(ProjectStage.InProduction, new DateOnly(2026, 3, 31), null),
                new(ProjectStage.AboveScale, new DateOnly(2026, 9, 30), null),
                new(ProjectStage.AtCapacity, new DateOnly(2027, 6, 30), null),
            ],
            DateTimeOffset.UtcNow);
    }
}
