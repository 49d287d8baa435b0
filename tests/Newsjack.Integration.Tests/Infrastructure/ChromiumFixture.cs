using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Newsjack.Integration.Tests.Infrastructure.ChromiumFixture))]

namespace Newsjack.Integration.Tests.Infrastructure;

/// <summary>
/// Debian's chromium (installed by test.sh), driven by Playwright through <c>ExecutablePath</c>: no browser is
/// downloaded. Launched on first use and shared by the assembly; each test takes its own context (cookies, headers).
/// <c>NEWSJACK_CHROMIUM</c> overrides the path.
/// </summary>
public sealed class ChromiumFixture : IAsyncDisposable
{
    private static readonly string[] Flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string ExecutablePath => Environment.GetEnvironmentVariable("NEWSJACK_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>A fresh browser context (own cookies) sending <paramref name="headers"/> on every request.</summary>
    public async Task<IBrowserContext> NewContextAsync(IDictionary<string, string>? headers = null)
    {
        var browser = await BrowserAsync();
        return await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ExtraHTTPHeaders = headers,
            ViewportSize = new ViewportSize { Width = 1000, Height = 800 },
            UserAgent = "Mozilla/5.0 (NewsjackBrowserTests) Chromium",
        });
    }

    private async Task<IBrowser> BrowserAsync()
    {
        await _gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (_browser is null)
            {
                if (!File.Exists(ExecutablePath))
                {
                    throw new InvalidOperationException($"chromium not found at {ExecutablePath}: install Debian's chromium (./test.sh does, as root) or set NEWSJACK_CHROMIUM.");
                }

                _playwright = await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = Flags });
            }

            return _browser;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _gate.Dispose();
    }
}
