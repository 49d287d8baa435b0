using System.Globalization;
using Newsjack.Azure.Buzz;
using Newsjack.Core.Buzz;

namespace Newsjack.Cli.Commands;

/// <summary>
/// `newsjack replay FILE.jsonl --to URL [--rate N] [--batch N]`: pushes a recorded NDJSON buzz stream to
/// `POST /api/buzz` at N events a second (token bucket), printing progress on stderr and the totals on stdout.
/// `--retime-to now` shifts every `createdAt` so the newest event is "now" (an old recording replays as live).
/// Exit 1 when the server rejected events (their file lines are listed) or failed after retries.
/// </summary>
internal sealed class ReplayCommand(TimeProvider time, HttpMessageHandler? handler = null) : ICliCommand
{
    private const int MaxErrorsShown = 20;

    public ReplayCommand()
        : this(TimeProvider.System)
    {
    }

    public string Name => "replay";

    public string Usage => "replay FILE.jsonl --to URL [--rate N] [--batch N] [--retime-to now|T]   push recorded buzz to POST /api/buzz at N events/s";

    public async Task<int> RunAsync(CliArguments arguments, CliConsole console, CancellationToken cancellationToken)
    {
        var file = arguments.Positionals.Count == 1 ? arguments.Positionals[0] : throw new CliUsageException("give exactly one FILE.jsonl to replay");
        var url = Target(arguments.Required("to"));
        var rate = arguments.OptionalInt("rate", 50, 1, 100_000);
        var batchSize = arguments.OptionalInt("batch", Math.Min(rate, 100), 1, 5_000);
        var quiet = arguments.Flag("quiet");
        var retimeTo = arguments.Optional("retime-to") is { } r ? RetimeTarget(r) : (DateTimeOffset?)null;
        arguments.EnsureAllUsed();
        if (!File.Exists(file))
        {
            throw new CliUsageException($"{file}: file not found");
        }

        var shift = retimeTo is { } target && Lines(file).Select(l => BuzzRetimer.CreatedAt(l.Text)).Max() is { } newest
            ? target - newest
            : TimeSpan.Zero;

        using var http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        var client = new BuzzReplayClient(http, time);
        var bucket = new TokenBucket(rate, batchSize, time);
        var started = time.GetTimestamp();
        var totals = new BuzzIngestSummary(0, 0, 0, 0, []);
        var errors = new List<BuzzLineError>();
        var sent = 0;
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
                await console.Error.WriteLineAsync($"newsjack replay: {url}: {ex.Message} (stopped after {sent} events)");
                return 1;
            }

            sent += batch.Length;
            errors.AddRange(answer.Errors.Select(e => e with { Line = e.Line >= 1 && e.Line <= batch.Length ? batch[e.Line - 1].Line : e.Line }));
            totals = new BuzzIngestSummary(totals.Accepted + answer.Accepted, totals.Duplicates + answer.Duplicates, totals.Rejected + answer.Rejected, totals.Stale + answer.Stale, []);
            if (!quiet)
            {
                await console.Error.WriteLineAsync(Format($"sent {sent} events", totals));
            }
        }

        foreach (var error in errors.Take(MaxErrorsShown))
        {
            await console.Error.WriteLineAsync($"{file}:{error.Line}: {error.Reason}");
        }

        var seconds = time.GetElapsedTime(started).TotalSeconds;
        await console.Out.WriteLineAsync(Format(string.Create(CultureInfo.InvariantCulture, $"replayed {sent} events from {file} in {seconds:0.0} s"), totals));
        return totals.Rejected > 0 || errors.Count > 0 ? 1 : 0;
    }

    private static string Format(string head, BuzzIngestSummary t) =>
        $"{head}: {t.Accepted} accepted, {t.Duplicates} duplicates, {t.Rejected} rejected, {t.Stale} stale";

    private static Uri Target(string to)
    {
        if (!Uri.TryCreate(to, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new CliUsageException($"option --to: '{to}' is not an http(s) URL, e.g. http://127.0.0.1:7071/api/buzz");
        }

        return url.AbsolutePath == "/" ? new Uri(url, "/api/buzz") : url;
    }

    private DateTimeOffset RetimeTarget(string value) =>
        value == "now" ? time.GetUtcNow()
        : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t
        : throw new CliUsageException($"option --retime-to: '{value}' is not 'now' or an ISO-8601 time");

    private static IEnumerable<(int Line, string Text)> Lines(string file) =>
        File.ReadLines(file).Select((text, i) => (Line: i + 1, Text: text)).Where(l => !string.IsNullOrWhiteSpace(l.Text));
}
