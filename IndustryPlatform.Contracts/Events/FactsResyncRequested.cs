namespace IndustryPlatform.Contracts.Events;

/// <summary>
/// 事实重发 — a consumer of registry facts (Indicators, at every start and on an operator's request) asks the registries
/// to publish the current state of every record again (<see cref="ProjectFactsChanged"/>, <see cref="TierRecordChanged"/>,
/// <see cref="ListingChanged"/>). Because facts carry versions, a resync never undoes a newer change.
/// </summary>
/// <param name="RequestedBy">The service or person asking, for the logs.</param>
public sealed record FactsResyncRequested(string RequestedBy, DateTimeOffset RequestedAt);
