using System.Diagnostics;
using Newsjack.Cli;
using Newsjack.Cli.Commands;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.Buzz;

public sealed class ReplayCommandTests(AzuriteFixture azurite) : IDisposable
{
    private readonly BuzzStorage _storage = new(azurite);
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"buzz-{Guid.NewGuid():N}.jsonl");

    [Fact]
    public async Task Replay_PacesEventsToTheRate_AndPrintsTheServersCounts()
    {
        await using var host = await BuzzHost.StartAsync(_storage.Handler);
        var lines = Enumerable.Range(1, 30).Select(i => BuzzSamples.Post($"r{i}")).ToList();
        lines[16] = "{\"id\":\"r17\",\"platform\":\"x\"}";
        lines.Insert(5, string.Empty);
        await File.WriteAllLinesAsync(_file, lines, TestContext.Current.CancellationToken);
        var watch = Stopwatch.StartNew();

        var (code, stdout, stderr) = await RunAsync(new ReplayCommand(), _file, "--to", host.BuzzUrl.ToString(), "--rate", "40", "--batch", "10");

        // 30 events at 40/s with a burst of 10: the two later batches each wait 0.25 s.
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(450), $"took only {watch.Elapsed}");
        Assert.Equal(1, code);
        Assert.Contains($"replayed 30 events from {_file}", stdout, StringComparison.Ordinal);
        Assert.Contains("29 accepted, 0 duplicates, 1 rejected, 0 stale", stdout, StringComparison.Ordinal);
        Assert.Contains($"{_file}:18: missing required field 'text', 'createdAt'", stderr, StringComparison.Ordinal);
        Assert.Contains("sent 10 events", stderr, StringComparison.Ordinal);
        Assert.Equal(3, host.Requests);
        Assert.Equal(29, (await _storage.PostsAsync()).Count);
    }

    [Fact]
    public async Task Replay_ServerBusy_RetriesAfterRetryAfterAndSucceeds()
    {
        await using var host = await BuzzHost.StartAsync(_storage.Handler, faults: 2, faultStatus: 429, retryAfter: "1");
        await File.WriteAllLinesAsync(_file, [BuzzSamples.Post("a"), BuzzSamples.Post("b")], TestContext.Current.CancellationToken);
        var watch = Stopwatch.StartNew();

        var (code, stdout, _) = await RunAsync(new ReplayCommand(), _file, "--to", host.BuzzUrl.ToString(), "--rate", "100");

        Assert.Equal(0, code);
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(1.9), $"Retry-After not honoured: {watch.Elapsed}");
        Assert.Contains("2 accepted", stdout, StringComparison.Ordinal);
        Assert.Equal(3, host.Requests);
    }

    [Fact]
    public async Task Replay_ServerKeepsFailing_StopsWithTheStatus()
    {
        await using var host = await BuzzHost.StartAsync(_storage.Handler, faults: 100, faultStatus: 503, retryAfter: "0");
        await File.WriteAllLinesAsync(_file, [BuzzSamples.Post("a")], TestContext.Current.CancellationToken);

        var (code, _, stderr) = await RunAsync(new ReplayCommand(), _file, "--to", host.BuzzUrl.ToString());

        Assert.Equal(1, code);
        Assert.Contains("answered 503 Service Unavailable after 4 attempt(s): busy, try later", stderr, StringComparison.Ordinal);
        Assert.Equal(4, host.Requests);
    }

    [Fact]
    public async Task Replay_RetimeToNow_MakesAnOldRecordingLive()
    {
        await using var host = await BuzzHost.StartAsync(_storage.Handler);
        await File.WriteAllLinesAsync(_file, [BuzzSamples.Post("o1", createdAt: "2024-02-04T01:00:00Z"), BuzzSamples.Post("o2", createdAt: "2024-02-04T01:30:00Z")], TestContext.Current.CancellationToken);

        var (_, plain, _) = await RunAsync(new ReplayCommand(), _file, "--to", host.BuzzUrl.ToString());
        var (code, retimed, _) = await RunAsync(new ReplayCommand(_storage.Time), _file, "--to", host.BuzzUrl.ToString(), "--retime-to", "now");

        Assert.Contains("0 accepted, 0 duplicates, 0 rejected, 2 stale", plain, StringComparison.Ordinal);
        Assert.Equal(0, code);
        Assert.Contains("2 accepted", retimed, StringComparison.Ordinal);
        var posts = await _storage.PostsAsync();
        Assert.Equal([BuzzSamples.Now.AddMinutes(-30), BuzzSamples.Now], posts.Select(p => p.GetDateTimeOffset("CreatedAt")!.Value).Order());
    }

    [Theory]
    [InlineData("missing.jsonl", "http://127.0.0.1:1/api/buzz", "missing.jsonl: file not found")]
    [InlineData("FILE", "ftp://example/", "option --to: 'ftp://example/' is not an http(s) URL")]
    [InlineData("FILE", "not a url", "option --to: 'not a url' is not an http(s) URL")]
    public async Task Replay_BadUsage_ExitsWith2AndSaysWhy(string file, string to, string message)
    {
        await File.WriteAllTextAsync(_file, BuzzSamples.Post("a"), TestContext.Current.CancellationToken);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await CliApp.RunAsync(["replay", file == "FILE" ? _file : file, "--to", to], stdout, stderr);

        Assert.Equal(2, code);
        Assert.Contains(message, stderr.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(_file);

    [Fact]
    public async Task Replay_ToEventHub_SendsBatchesKeyedByPlatformAndAuthor_AndPrintsTheTotals()
    {
        var producer = new RecordingProducer(eventsPerBatch: 2);
        string? hub = null;
        var command = new ReplayCommand(TimeProvider.System, producers: (name, _) =>
        {
            hub = name;
            return producer;
        });
        await File.WriteAllLinesAsync(_file, [BuzzSamples.Post("e1"), BuzzSamples.Post("e2"), BuzzSamples.Post("e3"), "{broken"], TestContext.Current.CancellationToken);

        var (code, stdout, stderr) = await RunAsync(command, _file, "--to", "eventhub", "--hub", "social-buzz", "--rate", "1000");

        Assert.Equal(0, code);
        Assert.Equal("social-buzz", hub);
        Assert.Matches($@"^replayed 4 events from {System.Text.RegularExpressions.Regex.Escape(_file)} to event hub social-buzz in \d+\.\d s: 4 sent in 3 batches, 0 too large\n$", stdout.ReplaceLineEndings("\n"));
        Assert.Contains("sent 4 events in 3 batches to event hub social-buzz", stderr, StringComparison.Ordinal);
        Assert.Equal(["{broken"], producer.Sent.Single(s => s.PartitionKey is null).Bodies);
        Assert.Equal(3, producer.Sent.Where(s => s.PartitionKey is not null).Sum(s => s.Bodies.Count));
    }

    [Fact]
    public async Task Replay_ToEventHub_WithoutHubOrCredentials_IsBadUsageNamingWhatIsMissing()
    {
        await File.WriteAllLinesAsync(_file, [BuzzSamples.Post("e1")], TestContext.Current.CancellationToken);

        var (noHub, _, noHubError) = await RunAsync(new ReplayCommand(), _file, "--to", "eventhub");
        var (noCredentials, _, noCredentialsError) = Environment.GetEnvironmentVariable("EventHubConnection") is null
            ? await RunAsync(new ReplayCommand(), _file, "--to", "eventhub", "--hub", "social-buzz")
            : (2, "", "--namespace NS");

        Assert.Equal((2, 2), (noHub, noCredentials));
        Assert.Contains("option --hub: required with --to eventhub", noHubError, StringComparison.Ordinal);
        Assert.Contains("--namespace NS", noCredentialsError, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(ReplayCommand command, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["replay", .. args], new CliConsole(stdout, stderr), [command], TestContext.Current.CancellationToken);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
