using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Newsjack.Azure.Hosting;
using Newsjack.Cli.Demo;
using Newsjack.Cli.LocalHost;

namespace Newsjack.Cli.Latency;

/// <summary>
/// The measuring run behind `newsjack latency`: its own Azurite and a local host on the default schedules and
/// triggers (DetectTopics on its timer, ScoreTopics and DeliverSuggestion on their queues, the default trend sketch and
/// embeddings), one sample brand whose Teams webhook is the host's local inbox. Each burst is sent at a random
/// moment of the topic schedule, in one `POST /api/buzz`; its latency runs from that post's answer (the burst is
/// stored and crosses significance) to its card in the inbox. Everything it starts it stops.
/// </summary>
public sealed class BurstLatencyRun(string root, CliConsole console)
{
    private const string Brand = "snapwell-snacks";
    private static readonly TimeSpan CardTimeout = TimeSpan.FromMinutes(3);

    public async Task<LatencyReport> RunAsync(int bursts, CancellationToken cancellationToken)
    {
        var work = Directory.CreateTempSubdirectory("newsjack-latency-");
        try
        {
            var brands = await WriteBrandAsync(work.FullName, cancellationToken);
            await using var azurite = await AzuriteProcess.StartAsync(Path.Combine(root, "node_modules", ".bin", "azurite"), cancellationToken);
            var port = FreePort.Pick();
            await using var host = LocalHostApp.Create(Settings(azurite.ConnectionString, brands, port));
            await host.StartAsync(cancellationToken);
            var inbox = host.Services.GetRequiredService<DevTeamsInbox>();
            var detect = PipelineJobs.Named("DetectTopics");
            var schedule = host.Services.GetRequiredService<IConfiguration>()[detect.Setting!] ?? detect.DefaultSchedule!;
            using var http = new HttpClient { BaseAddress = new Uri(host.Urls.First()) };
            var seconds = new List<double?>();
            for (var i = 0; i < bursts; i++)
            {
                // A random phase of the schedule, so the wait for the next pass is sampled, not chosen.
                await Task.Delay(TimeSpan.FromMilliseconds(RandomNumberGenerator.GetInt32(30_000)), cancellationToken);
                var latency = await MeasureAsync(http, inbox, i, cancellationToken);
                seconds.Add(latency?.TotalSeconds);
                await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"latency: burst {i + 1}/{bursts} {BurstPosts.Hashtag(i)}: {(latency is { } l ? $"{l.TotalSeconds:0.0} s" : $"no card within {CardTimeout.TotalSeconds} s")}").AsMemory(), cancellationToken);
            }

            await host.StopAsync(cancellationToken);
            return new LatencyReport(schedule, seconds);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<TimeSpan?> MeasureAsync(HttpClient http, DevTeamsInbox inbox, int index, CancellationToken cancellationToken)
    {
        var tag = BurstPosts.Hashtag(index)[1..];
        using var content = new StringContent(BurstPosts.Ndjson(index, TimeProvider.System.GetUtcNow()), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        using var response = await http.PostAsync(new Uri("/api/buzz", UriKind.Relative), content, cancellationToken);
        response.EnsureSuccessStatusCode();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < CardTimeout)
        {
            if (inbox.Entries(Brand).Any(e => e.Accepted && e.Body.Contains(tag, StringComparison.OrdinalIgnoreCase)))
            {
                return clock.Elapsed;
            }

            await Task.Delay(100, cancellationToken);
        }

        return null;
    }

    /// <summary>The sample brand with room for every burst's card: no daily cap or quiet hours in the way of a measurement.</summary>
    private async Task<string> WriteBrandAsync(string work, CancellationToken cancellationToken)
    {
        var brand = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(root, "samples", "brands", Brand + ".json"), cancellationToken))!.AsObject();
        brand["limits"] = new JsonObject { ["maxCardsPerDay"] = 1000, ["cooldownHours"] = 6, ["timeZone"] = "UTC" };
        var folder = Directory.CreateDirectory(Path.Combine(work, "brands")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, Brand + ".json"), brand.ToJsonString(), cancellationToken);
        return folder;
    }

    /// <summary>Storage, brands, links and the inbox webhook only: every schedule, trigger and pipeline option keeps its default.</summary>
    private static LocalHostSettings Settings(string storage, string brands, int port) => new()
    {
        Overrides = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = storage,
            ["Storage:Prefix"] = "latency",
            ["Scoring:BrandsFolder"] = brands,
            ["CardLinks:BaseUrl"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"),
            ["CardLinks:CurrentKeyId"] = "latency",
            ["CardLinks:CurrentKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        }.Concat(DemoHostSettings.InboxWebhooks(brands, port)).ToDictionary(p => p.Key, p => p.Value),
        Urls = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"),
        MinimumLogLevel = LogLevel.Warning,
    };
}
