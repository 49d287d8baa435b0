using System.CommandLine;
using System.Globalization;
using Azure.Identity;
using Azure.Messaging.EventHubs;
using Azure.Messaging.EventHubs.Producer;
using Newsjack.Azure.Buzz;
using Newsjack.Azure.Identity;
using Newsjack.Cli.Progress;
using Newsjack.Core.Buzz;

namespace Newsjack.Cli.Commands;

/// <summary>
/// `newsjack replay FILE.jsonl --to URL [--rate N] [--batch N]`: pushes a recorded NDJSON buzz stream to
/// `POST /api/buzz` at N events a second (token bucket), printing progress on stderr and the totals on stdout.
/// `--retime-to now` shifts every `createdAt` so the newest event is "now" (an old recording replays as live).
/// Exit 1 when the server rejected events (their file lines are listed) or failed after retries.
/// `--to eventhub --hub NAME` sends the same stream to a real Event Hub instead (<see cref="EventHubBuzzSender"/>:
/// batched, partition key platform + author), signing in with DefaultAzureCredential to `--namespace`, or with the
/// connection string in the `EventHubConnection` environment variable (never on the command line).
/// </summary>
internal sealed class ReplayCommand : ICliCommand
{
    private const int MaxErrorsShown = 20;
    private readonly TimeProvider _time;
    private const string EventHubTarget = "eventhub";
    private const string ConnectionVariable = "EventHubConnection";
    private readonly HttpMessageHandler? _handler;
    private readonly Func<string, string?, EventHubProducerClient>? _producers;
    private readonly Argument<string> _file = CliOptions.One("FILE.jsonl", "recorded buzz, one BuzzPost JSON object per line");
    // What --to eventhub parses to (the parser cannot return null): compared by reference.
    private static readonly Uri EventHub = new("urn:newsjack:eventhub");
    private readonly Option<Uri> _to = new("--to")
    {
        HelpName = "URL|eventhub",
        Description = "the host's buzz endpoint (a bare http://host:port means /api/buzz), or 'eventhub' to send to an Event Hub (--hub)",
        Required = true,
        CustomParser = result => Target(result),
    };

    private readonly Option<int> _rate = CliOptions.WholeNumber("--rate", "N", "events per second", 50, 1, 100_000);
    private readonly Option<int?> _batch = CliOptions.WholeNumber("--batch", "N", "events per request (default: the rate, at most 100)", 1, 5_000);
    private readonly Option<string?> _retimeTo = CliOptions.Optional("--retime-to", "now|T", "shift every createdAt so the newest event is at this time");
    private readonly Option<bool> _quiet = CliOptions.Flag("--quiet", "no progress on stderr");
    private readonly Option<string?> _hub = CliOptions.Optional("--hub", "NAME", "with --to eventhub: the event hub to send to");
    private readonly Option<string?> _namespace = CliOptions.Optional(
        "--namespace", "NS", $"with --to eventhub: the Event Hubs namespace, signed in with DefaultAzureCredential (default: the {ConnectionVariable} environment variable's connection string)");

    public ReplayCommand()
        : this(TimeProvider.System)
    {
    }

    public ReplayCommand(TimeProvider time, HttpMessageHandler? handler = null, Func<string, string?, EventHubProducerClient>? producers = null)
    {
        _time = time;
        _handler = handler;
        _producers = producers;
        _retimeTo.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && RetimeTarget(result.Tokens[0].Value) is null)
            {
                result.AddError($"option --retime-to: '{result.Tokens[0].Value}' is not 'now' or an ISO-8601 time");
            }
        });
    }

    public string Name => "replay";

    public string Usage => "replay FILE.jsonl --to URL [--rate N] [--batch N] [--retime-to now|T]   push recorded buzz to POST /api/buzz at N events/s";

    public IReadOnlyList<Symbol> Symbols => [_file, _to, _rate, _batch, _retimeTo, _quiet, _hub, _namespace];

    public async Task<int> RunAsync(ParseResult parse, CliConsole console, CancellationToken cancellationToken)
    {
        var file = parse.GetRequiredValue(_file);
        var url = parse.GetRequiredValue(_to);
        var rate = parse.GetValue(_rate);
        var batchSize = parse.GetValue(_batch) ?? Math.Min(rate, 100);
        var quiet = parse.GetValue(_quiet);
        var retimeTo = parse.GetValue(_retimeTo) is { } r ? RetimeTarget(r) : null;
        if (!File.Exists(file))
        {
            throw new CliUsageException($"{file}: file not found");
        }

        var shift = retimeTo is { } target && Lines(file).Select(l => BuzzRetimer.CreatedAt(l.Text)).Max() is { } newest
            ? target - newest
            : TimeSpan.Zero;

        if (ReferenceEquals(url, EventHub))
        {
            return await SendToEventHubAsync(parse, file, rate, batchSize, quiet, shift, console, cancellationToken);
        }

        using var http = _handler is null ? new HttpClient() : new HttpClient(_handler, disposeHandler: false);
        var client = new BuzzReplayClient(http, _time);
        var bucket = new TokenBucket(rate, batchSize, _time);
        var started = _time.GetTimestamp();
        var totals = new BuzzIngestSummary(0, 0, 0, 0, []);
        var errors = new List<BuzzLineError>();
        var sent = 0;
        await using var progress = quiet ? null : await CliProgress.StartAsync(console);
        var step = progress?.Step($"replaying {file} to {url}", Lines(file).Count()) ?? CliProgressTask.None;
        foreach (var batch in Lines(file).Chunk(batchSize))
        {
            await bucket.TakeAsync(batch.Length, cancellationToken);
            BuzzIngestSummary answer;
            try
            {
                answer = await client.PostAsync(url, [.. batch.Select(b => shift == TimeSpan.Zero ? b.Text : BuzzRetimer.Shift(b.Text, shift))], cancellationToken);
            }
            catch (HttpRequestException ex)
            {
                if (progress is not null)
                {
                    await progress.DisposeAsync();
                }

                await console.Error.WriteLineAsync($"newsjack replay: {url}: {ex.Message} (stopped after {sent} events)");
                return 1;
            }

            sent += batch.Length;
            errors.AddRange(answer.Errors.Select(e => e with { Line = e.Line >= 1 && e.Line <= batch.Length ? batch[e.Line - 1].Line : e.Line }));
            totals = new BuzzIngestSummary(totals.Accepted + answer.Accepted, totals.Duplicates + answer.Duplicates, totals.Rejected + answer.Rejected, totals.Stale + answer.Stale, []);
            step.Increment(batch.Length);
            if (!quiet && progress is { IsLive: false })
            {
                await console.Error.WriteLineAsync(Format($"sent {sent} events", totals));
            }
        }

        if (progress is not null)
        {
            await progress.DisposeAsync();
        }

        foreach (var error in errors.Take(MaxErrorsShown))
        {
            await console.Error.WriteLineAsync($"{file}:{error.Line}: {error.Reason}");
        }

        var seconds = _time.GetElapsedTime(started).TotalSeconds;
        await console.Out.WriteLineAsync(Format(string.Create(CultureInfo.InvariantCulture, $"replayed {sent} events from {file} in {seconds:0.0} s"), totals));
        return totals.Rejected > 0 || errors.Count > 0 ? 1 : 0;
    }

    private async Task<int> SendToEventHubAsync(
        ParseResult parse, string file, int rate, int batchSize, bool quiet, TimeSpan shift, CliConsole console, CancellationToken cancellationToken)
    {
        var hub = parse.GetValue(_hub) ?? throw new CliUsageException($"option --hub: required with --to {EventHubTarget}");
        var ns = parse.GetValue(_namespace);
        if (ns is null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ConnectionVariable)) && _producers is null)
        {
            throw new CliUsageException(
                $"--to {EventHubTarget} needs --namespace NS (signs in with DefaultAzureCredential) or the {ConnectionVariable} environment variable (a connection string)");
        }

        await using var producer = (_producers ?? Producer)(hub, ns);
        var sender = new EventHubBuzzSender(producer);
        var bucket = new TokenBucket(rate, batchSize, _time);
        var started = _time.GetTimestamp();
        var (sent, batches, tooLarge) = (0, 0, new List<int>());
        foreach (var chunk in Lines(file).Chunk(batchSize))
        {
            await bucket.TakeAsync(chunk.Length, cancellationToken);
            EventHubSendResult result;
            try
            {
                result = await sender.SendAsync([.. chunk.Select(l => shift == TimeSpan.Zero ? l.Text : BuzzRetimer.Shift(l.Text, shift))], cancellationToken);
            }
            catch (Exception ex) when (ex is EventHubsException or AuthenticationFailedException or UnauthorizedAccessException)
            {
                await console.Error.WriteLineAsync($"newsjack replay: event hub {hub}: {ex.Message} (stopped after {sent} events)");
                return 1;
            }

            (sent, batches) = (sent + result.Sent, batches + result.Batches);
            tooLarge.AddRange(result.TooLarge.Select(i => chunk[i].Line));
            if (!quiet)
            {
                await console.Error.WriteLineAsync($"sent {sent} events in {batches} batches to event hub {hub}");
            }
        }

        foreach (var line in tooLarge.Take(MaxErrorsShown))
        {
            await console.Error.WriteLineAsync($"{file}:{line}: event too large for an Event Hubs batch; not sent");
        }

        var seconds = _time.GetElapsedTime(started).TotalSeconds;
        await console.Out.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"replayed {sent + tooLarge.Count} events from {file} to event hub {hub} in {seconds:0.0} s: {sent} sent in {batches} batches, {tooLarge.Count} too large"));
        return tooLarge.Count > 0 ? 1 : 0;
    }

    private static EventHubProducerClient Producer(string hub, string? ns)
    {
        if (ns is not null)
        {
            return new EventHubProducerClient(ns.Contains('.', StringComparison.Ordinal) ? ns : $"{ns}.servicebus.windows.net", hub, CredentialRegistration.Create());
        }

        try
        {
            return new EventHubProducerClient(Environment.GetEnvironmentVariable(ConnectionVariable), hub);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            // The message never repeats the connection string: it holds the key.
            throw new CliUsageException($"environment variable {ConnectionVariable}: not an Event Hubs connection string (Endpoint=sb://…;SharedAccessKeyName=…;SharedAccessKey=…)");
        }
    }

    private static string Format(string head, BuzzIngestSummary t) =>
        $"{head}: {t.Accepted} accepted, {t.Duplicates} duplicates, {t.Rejected} rejected, {t.Stale} stale";

    /// <summary>The buzz endpoint, or <see cref="EventHub"/> for `eventhub`.</summary>
    private static Uri? Target(System.CommandLine.Parsing.ArgumentResult result)
    {
        var to = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (to == EventHubTarget)
        {
            return EventHub;
        }

        if (!Uri.TryCreate(to, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            result.AddError($"option --to: '{to}' is not an http(s) URL, e.g. http://127.0.0.1:7071/api/buzz");
            return null;
        }

        return url.AbsolutePath == "/" ? new Uri(url, "/api/buzz") : url;
    }

    private DateTimeOffset? RetimeTarget(string value) =>
        value == "now" ? _time.GetUtcNow()
        : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t
        : null;

    private static IEnumerable<(int Line, string Text)> Lines(string file) =>
        File.ReadLines(file).Select((text, i) => (Line: i + 1, Text: text)).Where(l => !string.IsNullOrWhiteSpace(l.Text));
}
