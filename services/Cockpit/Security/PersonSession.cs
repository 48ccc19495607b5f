using System.Security.Claims;

namespace IndustryPlatform.Cockpit.Security;

/// <summary>
/// One person's tokens for the life of a Blazor circuit. A circuit outlives the access token it started with and cannot
/// rewrite the cookie, so it renews the token itself when it runs low and keeps the new one here; the next page load
/// renews the cookie's own copy the same way.
/// </summary>
public sealed class PersonSession(TokenRefresh refresh, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private PersonTokens? _renewed;

    public async Task<string?> AccessTokenAsync(ClaimsPrincipal? person, CancellationToken cancellationToken)
    {
        var tokens = _renewed ?? PersonTokens.Of(person);
        if (tokens is not { RefreshToken: { } } || !tokens.NeedsRenewal(time.GetUtcNow()))
        {
            return tokens?.AccessToken;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Another call of the same circuit may have renewed it while this one waited.
            tokens = _renewed ?? tokens;
            if (tokens.NeedsRenewal(time.GetUtcNow()) && await refresh.RenewAsync(tokens.RefreshToken!, cancellationToken) is { } renewed)
            {
                _renewed = tokens = renewed;
            }

            return tokens.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
