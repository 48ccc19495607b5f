namespace IndustryPlatform.Indicators.Domain;

/// <summary>
/// Who sends figures (X-Client-Id / x-client-id). A district system, whose id is its district code, may write only its
/// own district; any other client (the city bureau 市本级, the event consumers) may write every region.
/// </summary>
public sealed record Submitter(string ClientId)
{
    public const string Anonymous = "anonymous";

    public bool MayWrite(string regionCode, Catalogue catalogue) =>
        !catalogue.Districts.Contains(ClientId) || ClientId == regionCode;
}
