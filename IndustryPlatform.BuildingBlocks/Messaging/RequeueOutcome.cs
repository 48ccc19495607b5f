namespace IndustryPlatform.BuildingBlocks.Messaging;

/// <summary>What a requeue did: how many parked messages went back to <see cref="Queue"/>, and how many are still parked.</summary>
public sealed record RequeueOutcome(string Queue, int Moved, long StillParked);
