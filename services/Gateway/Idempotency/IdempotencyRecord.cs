namespace IndustryPlatform.Gateway.Idempotency;

/// <summary>What Redis holds for one Idempotency-Key: the request it was first used with and, once answered, the answer.</summary>
public sealed record IdempotencyRecord(string Fingerprint, bool Completed, int Status = 0, string? ContentType = null, string? Location = null, byte[]? Body = null)
{
    public static IdempotencyRecord Pending(string fingerprint) => new(fingerprint, false);
}
