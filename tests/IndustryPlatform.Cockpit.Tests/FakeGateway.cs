using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Bunit;
using IndustryPlatform.Cockpit.Gateway;
using Microsoft.Extensions.DependencyInjection;

namespace IndustryPlatform.Cockpit.Tests;

/// <summary>
/// The gateway as a page sees it, without a platform: answers by path (query left out) and keeps every request, so a
/// test says what the page shows for an answer and what the page asked for.
/// </summary>
public sealed class FakeGateway : HttpMessageHandler
{
    private readonly List<(HttpMethod Method, string Path, Func<HttpRequestMessage, object> Answer)> _routes = [];

    public List<(HttpMethod Method, string PathAndQuery, string? Body)> Requests { get; } = [];

    /// <summary>Answers GET <paramref name="path"/> (the part before '?'); the answer may read the request's query.</summary>
    public FakeGateway Get(string path, Func<HttpRequestMessage, object> answer)
    {
        _routes.Add((HttpMethod.Get, path, answer));
        return this;
    }

    public FakeGateway Get(string path, object answer) => Get(path, _ => answer);

    public FakeGateway Post(string path, Func<HttpRequestMessage, object> answer)
    {
        _routes.Add((HttpMethod.Post, path, answer));
        return this;
    }

    /// <summary>The query parameter <paramref name="name"/> of a request, or null.</summary>
    public static string? Query(HttpRequestMessage request, string name) =>
        request.RequestUri!.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).Where(p => p[0] == name).Select(p => Uri.UnescapeDataString(p[1])).FirstOrDefault();

    public IEnumerable<string> Asked(HttpMethod method, string path) =>
        Requests.Where(r => r.Method == method && r.PathAndQuery.Split('?')[0] == "/" + path).Select(r => r.PathAndQuery);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request.Method, request.RequestUri!.PathAndQuery, body));
        var path = request.RequestUri.AbsolutePath.TrimStart('/');
        var route = _routes.LastOrDefault(r => r.Method == request.Method && r.Path == path);
        if (route.Answer is null)
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound)
            {
                Content = new StringContent("""{"status":404,"rule":"test.no-answer"}""", Encoding.UTF8, "application/problem+json"),
            };
        }

        var answer = route.Answer(request);
        if (answer is Task<object> later)
        {
            answer = await later;
        }

        if (answer is HttpResponseMessage response)
        {
            return response;
        }

        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(answer as string ?? JsonSerializer.Serialize(answer, PlatformApi.Json), Encoding.UTF8, "application/json"),
        };
    }

    /// <summary>A refusal the way the gateway writes one.</summary>
    public static HttpResponseMessage Refusal(int status, string rule) => new((HttpStatusCode)status)
    {
        Content = new StringContent($$"""{"status":{{status}},"rule":"{{rule}}","detail":"refused"}""", Encoding.UTF8, "application/problem+json"),
    };
}

public static class FakeGatewayContext
{
    /// <summary>The page's services: the API through <paramref name="gateway"/>, charts' script calls ignored, and a signed-in person.</summary>
    public static void UseGateway(this BunitContext context, FakeGateway gateway, string name, string region, params string[] roles)
    {
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddSingleton(new PlatformApi(new HttpClient(gateway) { BaseAddress = new Uri("http://gateway/") }));
        var authorization = context.AddAuthorization();
        authorization.SetAuthorized(name);
        authorization.SetClaims([new Claim(Security.PeopleSignIn.RegionClaim, region), .. roles.Select(r => new Claim(Security.PeopleSignIn.RoleClaim, r))]);
    }
}
