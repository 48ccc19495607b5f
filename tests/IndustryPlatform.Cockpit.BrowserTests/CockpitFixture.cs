using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using IndustryPlatform.Testing;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(IndustryPlatform.Cockpit.BrowserTests.CockpitFixture))]

namespace IndustryPlatform.Cockpit.BrowserTests;

/// <summary>One platform (the end-to-end tests' PlatformFixture), the cockpit healthy on it, and one headless Chromium.</summary>
public sealed class CockpitFixture : IAsyncLifetime
{
    /// <summary>Debian's package (scripts/install-prerequisites); Playwright downloads no browser of its own.</summary>
    public const string Chromium = "/usr/bin/chromium";

    public PlatformFixture Platform { get; } = new();

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public Uri CockpitAddress => Platform.App.GetEndpoint("cockpit", "http");

    /// <summary>docs/cockpit/ of the checkout, where the screenshots are kept for the README.</summary>
    public static string ScreenshotFolder
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "IndustryPlatform.sln")))
            {
                folder = folder.Parent;
            }

            return Path.Combine(folder?.FullName ?? ".", "docs", "cockpit");
        }
    }

    public async ValueTask InitializeAsync()
    {
        await Platform.InitializeAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await Platform.App.ResourceNotifications.WaitForResourceHealthyAsync("cockpit", WaitBehavior.StopOnResourceUnavailable, patience.Token);
        // Patience, not a speed check: on a busy machine a page of many reads takes longer than Playwright's 5 s.
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--lang=zh-CN"],
        });
    }

    /// <summary>A fresh browser context (its own cookies) signed in at the gateway's login page as a development user.</summary>
    public async Task<IPage> SignInAsync(string userName)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "zh-CN",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var console = new List<string>();
        page.Console += (_, message) => console.Add($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => console.Add($"page error: {error}");
        page.RequestFailed += (_, request) => console.Add($"failed: {request.Url} {request.Failure}");
        await page.GotoAsync(CockpitAddress.ToString());
        await page.WaitForURLAsync(url => url.Contains("/account/login", StringComparison.Ordinal));
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", $"dev-password-{userName}");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => url.StartsWith(CockpitAddress.ToString(), StringComparison.Ordinal));
        try
        {
            await page.Locator("[data-testid=who]").WaitForAsync();
        }
        catch (TimeoutException ex)
        {
            // Say what the browser shows instead of a bare time-out.
            throw new InvalidOperationException($"{userName} signed in but the cockpit did not render: {page.Url}\n{string.Join('\n', console)}", ex);
        }

        return page;
    }

    public async Task<JsonElement> ApiAsync(string path, string clientId = PlatformFixture.CityBureau)
    {
        using var client = Platform.CreateGatewayClient(clientId);
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Platform.DisposeAsync();
    }
}
