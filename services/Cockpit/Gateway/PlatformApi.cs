using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IndustryPlatform.Cockpit.Gateway;

/// <summary>
/// The platform's REST API through the gateway, with the signed-in person's token (<see cref="Security.AccessTokenHandler"/>).
/// A refusal comes back as its rule code and words (<see cref="ApiRefusal"/>), never as an exception page.
/// </summary>
public sealed class PlatformApi(HttpClient http)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);

    public Task<ApiResult<T>> PostAsync<T>(string path, object body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(Write(HttpMethod.Post, path, JsonContent.Create(body, options: Json)), cancellationToken);

    public Task<ApiResult<T>> PostCsvAsync<T>(string path, string csv, CancellationToken cancellationToken = default) =>
        SendAsync<T>(Write(HttpMethod.Post, path, new StringContent(csv, System.Text.Encoding.UTF8, "text/csv")), cancellationToken);

    private static HttpRequestMessage Write(HttpMethod method, string path, HttpContent content)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        // One key per action: a retry of the same request is answered once (the gateway's idempotency).
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return request;
    }

    private async Task<ApiResult<T>> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            try
            {
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return ApiResult<T>.Ok((await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!);
                }

                return ApiResult<T>.Refused(ApiRefusal.From((int)response.StatusCode, await ReadProblemAsync(response, cancellationToken)));
            }
            catch (HttpRequestException)
            {
                return ApiResult<T>.Refused(ApiRefusal.Unreachable);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return ApiResult<T>.Refused(ApiRefusal.Unreachable);
            }
        }
    }

    private static async Task<JsonObject?> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken)) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
