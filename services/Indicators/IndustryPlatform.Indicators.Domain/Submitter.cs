namespace IndustryPlatform.Indicators.Domain;

/// <summary>
/// Who sends figures: the client named by the access token, and the region it speaks for. A district may write only
/// its own district; the city bureau (市本级) may write every region.
/// </summary>
public sealed record Submitter(string ClientId, string Region)
{
    public bool MayWrite(string regionCode, Catalogue catalogue) =>
        !catalogue.Districts.Contains(Region) || Region == regionCode;
}
