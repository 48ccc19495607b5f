using System.Text.Json.Serialization;

namespace IndustryPlatform.Cockpit.Security;

/// <summary>
/// Renews a person's access token at the gateway's token endpoint with their refresh token (the cockpit authenticating
/// with its own client secret). The gateway reads the person again, so a person removed since gets nothing.
/// </summary>
public sealed partial class TokenRefresh(HttpClient gateway, IConfiguration configuration, TimeProvider time, ILogger<TokenRefresh> logger)
{
    /// <summary>The new tokens, or null when the gateway refused (or could not be reached): the person signs in again.</summary>
    public async Task<PersonTokens?> RenewAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var client = configuration.GetSection("Gateway");
        try
        {
            using var response = await gateway.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = refreshToken,
                ["client_id"] = client["ClientId"] ?? "",
                ["client_secret"] = client["ClientSecret"] ?? "",
            }), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogRefused(logger, (int)response.StatusCode);
                return null;
            }

            var answer = await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken);
            return answer?.AccessToken is { Length: > 0 } access
                ? new PersonTokens(access, time.GetUtcNow().AddSeconds(answer.ExpiresIn ?? 600), answer.RefreshToken ?? refreshToken)
                : null;
        }
        catch (HttpRequestException ex)
        {
            LogUnreachable(logger, ex);
            return null;
        }
    }

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int? ExpiresIn,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "The gateway refused to renew a person's token ({Status}); they sign in again")]
    private static partial void LogRefused(ILogger logger, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The gateway could not be reached to renew a person's token")]
    private static partial void LogUnreachable(ILogger logger, Exception exception);
}
