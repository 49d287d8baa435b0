using System.Diagnostics;
using System.Globalization;
using Newsjack.Azure.Topics;
using Newsjack.Cli.LocalHost;
using Newsjack.Cli.Progress;

namespace Newsjack.Cli.Demo;

/// <summary>
/// Runs the whole demo: Azurite, a sample feed server, the local host with short schedules, a buzz replay,
/// one DetectTopics run and one ScoreTopics run over the sample brands, the cards delivered to the host's local Teams inbox, then the summary; with <c>once</c> false it keeps refreshing until cancelled. Everything it starts it stops.
/// </summary>
public sealed class DemoRunner(string root, CliConsole console)
{
    private static readonly TimeSpan FirstPassTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(60);
    private CliProgress? _progress;
    private CliProgressTask _step = CliProgressTask.None;

    public Task<int> RunAsync(bool once, CancellationToken cancellationToken) => RunAsync(once, null, cancellationToken);

    /// <summary>With <paramref name="port"/> the host listens on 127.0.0.1:port (else a free port).</summary>
    public async Task<int> RunAsync(bool once, int? port, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var work = Directory.CreateTempSubdirectory("newsjack-demo-");
        await using var progress = await CliProgress.StartAsync(console);
        _progress = progress;
        try
        {
            Progress(clock, "starting Azurite (local storage emulator)...");
            await using var azurite = await AzuriteProcess.StartAsync(Path.Combine(root, "node_modules", ".bin", "azurite"), cancellationToken);
            await using var feedServer = await SampleFeedServer.StartAsync(Path.Combine(root, "samples", "feeds"), TimeProvider.System.GetUtcNow(), cancellationToken);
            var feedsFile = await DemoFeedsFile.WriteAsync(Path.Combine(root, "samples", "feeds.json"), feedServer.BaseAddress, work.FullName, cancellationToken);
            Progress(clock, $"sample feeds served at {feedServer.BaseAddress}feeds/; starting the local host...");
            await using var host = LocalHostApp.Create(DemoHostSettings.For(azurite.ConnectionString, feedsFile, Path.Combine(root, "samples", "brands"), port ?? FreePort.Pick()));
            await host.StartAsync(cancellationToken);
            var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
            Progress(clock, $"local host on {host.Urls.First()} (try {host.Urls.First()}/api/health); replaying samples/buzz/stream.jsonl...");

            using var http = new HttpClient { BaseAddress = new Uri(host.Urls.First()) };
            var time = host.Services.GetRequiredService<TimeProvider>();
            var buzz = await BuzzReplay.RunAsync(http, Path.Combine(root, "samples", "buzz", "stream.jsonl"), time.GetUtcNow(), m => Progress(clock, m), stop.Token);
            var inbox = new Uri(new Uri(host.Urls.First()), "/dev/inbox");
            var reader = new DemoSummaryReader(host.Services, time.GetUtcNow(), inbox);
            await WaitForFirstPassAsync(reader, buzz, clock, stop.Token);
            Progress(clock, "feeds polled; running DetectTopics and scoring the topics for samples/brands...");
            await host.Services.GetRequiredService<DetectTopicsJob>().DetectAsync(stop.Token);
            var summary = await reader.ReadAsync(buzz, stop.Token);
            Progress(clock, $"delivering the suggestion cards to the local Teams inbox ({inbox})...");
            summary = await WaitForDeliveryAsync(reader, buzz, summary, stop.Token);
            await progress.DisposeAsync();
            _progress = null;
            await console.Out.WriteAsync($"newsjack demo: summary after {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s\n{summary.Format()}");
            if (once)
            {
                return 0;
            }

            Progress(clock, "running: feeds are polled on their schedules; the summary refreshes when it changes. Ctrl+C stops.");
            await RefreshUntilStoppedAsync(reader, buzz, summary.Format(), stop.Token);
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<DemoSummary> WaitForFirstPassAsync(DemoSummaryReader reader, BuzzReplayResult buzz, Stopwatch clock, CancellationToken cancellationToken)
    {
        var deadline = clock.Elapsed + FirstPassTimeout;
        while (true)
        {
            var summary = await reader.ReadAsync(buzz, cancellationToken);
            if (summary.AllFeedsPolled)
            {
                return summary;
            }

            if (clock.Elapsed > deadline)
            {
                throw new TimeoutException($"the feeds were not all polled within {FirstPassTimeout.TotalSeconds} s; see the log lines above");
            }

            await Task.Delay(250, cancellationToken);
        }
    }

    // The cards go out through the DeliverSuggestion queue pump, about one a second per webhook.
    private static async Task<DemoSummary> WaitForDeliveryAsync(DemoSummaryReader reader, BuzzReplayResult buzz, DemoSummary summary, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (summary.Cards is { Settled: false } && deadline.Elapsed < DeliveryTimeout)
        {
            await Task.Delay(250, cancellationToken);
            summary = await reader.ReadAsync(buzz, cancellationToken);
        }

        return summary;
    }

    private async Task RefreshUntilStoppedAsync(DemoSummaryReader reader, BuzzReplayResult buzz, string shown, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(RefreshInterval, cancellationToken);
                var text = (await reader.ReadAsync(buzz, cancellationToken)).Format();
                if (text != shown)
                {
                    await console.Out.WriteAsync($"newsjack demo: summary refreshed\n{text}");
                    shown = text;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync("newsjack demo: stopping the local host, the sample server and Azurite...");
        }
    }

    /// <summary>A step: a line on stderr, or on a terminal the live list of steps (each done when the next starts).</summary>
    private void Progress(Stopwatch clock, string message)
    {
        if (_progress is { IsLive: true } live)
        {
            _step.Done();
            _step = live.Step(message);
            return;
        }

        console.Error.WriteLine($"[{clock.Elapsed.TotalSeconds.ToString("00.0", CultureInfo.InvariantCulture)}s] {message}");
    }
}
