namespace IndustryPlatform.BuildingBlocks.Tests.Support;

// One event type per test class, so no test's consumers see another test's messages.
public sealed record RelayedEvent(string Key, int Sequence);

public sealed record OutageEvent(string Key);

public sealed record InboxEvent(string Key);

public sealed record PoisonEvent(string Key);

public sealed record TransientEvent(string Key);

public sealed record ContendedEvent(string Key, int Sequence);
