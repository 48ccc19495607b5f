namespace IndustryPlatform.BuildingBlocks.Messaging;

/// <summary>The stored type name no longer resolves (renamed or removed event): the row is kept and retried, others go on.</summary>
internal sealed class UnknownMessageTypeException(string typeName)
    : Exception($"The message type '{typeName}' cannot be resolved in this process.");
