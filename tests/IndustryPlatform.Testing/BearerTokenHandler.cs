using System.Net.Http.Headers;

namespace IndustryPlatform.Testing;

/// <summary>Adds "Authorization: Bearer …" to each request, fetching the token when first needed.</summary>
public sealed class BearerTokenHandler(Func<Task<string>> token, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization ??= new AuthenticationHeaderValue("Bearer", await token());
        return await base.SendAsync(request, cancellationToken);
    }
}
