using Microsoft.Playwright;
using Mlops.Api.Tests.Fixtures;

namespace Mlops.Api.Tests.Browser;

/// <summary>
/// The dashboard loaded once in Debian's Chromium from the API on Kestrel, serving the model the build's pipeline
/// produced, so the page draws a real card.
/// </summary>
public sealed class DashboardPage : BrowserPage
{
    public DashboardPage()
        : base(new KestrelApiFactory(PipelineModel.Directory), "/")
    {
    }
}

/// <summary>
/// A page of the API loaded once in Debian's Chromium (never a downloaded browser) from the API on Kestrel, with
/// every URL the page asked for recorded; ready when the page sets body[data-ready=true].
/// </summary>
public abstract class BrowserPage(KestrelApiFactory api, string path) : IAsyncLifetime
{
    private const string ChromiumPathVariable = "CHROMIUM_PATH";
    private const string DefaultChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly List<string> _requests = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public KestrelApiFactory Api { get; } = api;

    public IPage Page { get; private set; } = null!;

    public IReadOnlyList<string> Requests => _requests;

    public virtual async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable(ChromiumPathVariable) ?? DefaultChromiumPath;
        Assert.True(File.Exists(chromium), $"Chromium not found at {chromium}: install Debian's chromium package or set {ChromiumPathVariable}.");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ChromiumArguments });
        Page = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 1400 } });
        Page.Request += (_, request) => _requests.Add(request.Url);
        await Page.GotoAsync(new Uri(Api.Address, path).ToString());
        await Page.WaitForSelectorAsync("body[data-ready=true]");
    }

    public virtual async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Api.DisposeAsync();
    }
}
