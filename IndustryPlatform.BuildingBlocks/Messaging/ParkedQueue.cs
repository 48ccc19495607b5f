namespace IndustryPlatform.BuildingBlocks.Messaging;

/// <summary>One receive queue of the service and how many messages wait in its <c>_error</c> queue.</summary>
public sealed record ParkedQueue(string Queue, long Parked);
