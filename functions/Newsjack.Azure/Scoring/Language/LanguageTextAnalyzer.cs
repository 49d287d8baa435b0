using Azure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsjack.Core.Scoring.Analysis;

namespace Newsjack.Azure.Scoring.Language;

/// <summary>
/// <see cref="ITextAnalyzer"/> over Azure AI Language with a content-hash cache and a per-window budget: a text
/// asked the same question is sent once (even across restarts), identical texts in one call are sent once, and
/// nothing is sent past the budget (those documents get a <see cref="AnalysisError.BudgetExceeded"/> error).
/// Whole-request failures become <see cref="AnalysisError.Unavailable"/> errors, so callers fall back to the local analyzer.
/// </summary>
public sealed class LanguageTextAnalyzer(
    LanguageClient client,
    LanguageResultCache cache,
    TextRecordBudget budget,
    IOptions<LanguageOptions> options,
    TimeProvider time,
    ILogger<LanguageTextAnalyzer> logger) : ITextAnalyzer
{
    // UTC ticks, read and written atomically: calls may run concurrently.
    private long _closedUntilTicks;

    private DateTimeOffset ClosedUntil => new(Volatile.Read(ref _closedUntilTicks), TimeSpan.Zero);

    public async Task<IReadOnlyList<TextAnalysisResult>> AnalyzeAsync(IReadOnlyList<AnalysisDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var results = documents.Select(d => new TextAnalysisResult(d.Id)).ToArray();
        var languages = documents.Select(d => d.Language).ToArray();
        foreach (var task in LanguageTask.All)
        {
            var asked = Enumerable.Range(0, documents.Count)
                .Where(i => documents[i].Kinds.HasFlag(task.Kind) && !string.IsNullOrWhiteSpace(documents[i].Text)).ToArray();
            if (asked.Length > 0)
            {
                await AnalyzeKindAsync(task.Kind, [.. asked.Select(i => (i, documents[i] with { Language = languages[i] }))], results, cancellationToken);
            }

            if (task.Kind == AnalysisKinds.Language)
            {
                // Later kinds send the detected language when the caller did not know it.
                languages = [.. languages.Select((l, i) => l ?? Usable(results[i].Language))];
            }
        }

        return results;
    }

    private async Task AnalyzeKindAsync(AnalysisKinds kind, (int Index, AnalysisDocument Document)[] asked, TextAnalysisResult[] results, CancellationToken cancellationToken)
    {
        // Same text, language and kind in one call: one lookup, one document sent, every copy answered.
        var groups = asked.GroupBy(a => ContentHash.Compute(a.Document.Text, a.Document.Language, kind, client.ModelTag)).ToArray();
        var misses = new List<(ContentHash Hash, AnalysisDocument Document, int[] Indexes, int Records)>();
        var hits = 0;
        foreach (var group in groups)
        {
            var indexes = group.Select(a => a.Index).ToArray();
            if (await cache.GetAsync(group.Key, cancellationToken) is { } cached)
            {
                Apply(results, indexes, cached);
                hits++;
            }
            else
            {
                var first = group.First().Document;
                misses.Add((group.Key, first with { Id = group.Key.Value }, indexes, client.TextRecordsFor(first.Text)));
            }
        }

        var send = misses.Where(m => Admit(kind, m.Indexes, m.Records, results)).ToArray();
        var records = send.Sum(s => s.Records);
        if (send.Length > 0)
        {
            await SendAsync(kind, send, results, cancellationToken);
        }

        LanguageLog.Analyzed(logger, kind, hits, send.Length, records);
    }

    private bool Admit(AnalysisKinds kind, int[] indexes, int records, TextAnalysisResult[] results)
    {
        if (time.GetUtcNow() < ClosedUntil)
        {
            Apply(results, indexes, Error(kind, AnalysisError.Unavailable, $"Azure AI Language is paused until {ClosedUntil:o} after refusing our credentials or quota."));
            return false;
        }

        if (budget.TryReserve(records))
        {
            return true;
        }

        LanguageLog.BudgetExceeded(logger, kind, indexes.Length, budget.Remaining, budget.Limit);
        Apply(results, indexes, Error(kind, AnalysisError.BudgetExceeded, $"Text-record budget of {budget.Limit} per window is spent; {records} more needed."));
        return false;
    }

    private async Task SendAsync(AnalysisKinds kind, (ContentHash Hash, AnalysisDocument Document, int[] Indexes, int Records)[] send, TextAnalysisResult[] results, CancellationToken cancellationToken)
    {
        IReadOnlyList<TextAnalysisResult> answered;
        try
        {
            answered = await client.AnalyzeAsync(kind, [.. send.Select(s => s.Document)], cancellationToken);
        }
        catch (RequestFailedException ex)
        {
            LanguageLog.RequestFailed(logger, ex, kind, ex.Status, ex.ErrorCode, send.Length);
            budget.Release(send.Sum(s => s.Records));
            OpenCircuitOn(ex.Status);
            foreach (var s in send)
            {
                Apply(results, s.Indexes, Error(kind, AnalysisError.Unavailable, ex.Message));
            }

            return;
        }

        foreach (var (s, result) in send.Zip(answered))
        {
            // Per-document errors are not cached: a fixed text or a newly supported language should be tried again.
            if (result.Errors.Count == 0)
            {
                await cache.SetAsync(s.Hash, kind, result, cancellationToken);
            }

            Apply(results, s.Indexes, result);
        }
    }

    private void OpenCircuitOn(int status)
    {
        if (status is 401 or 403)
        {
            var until = time.GetUtcNow().AddMinutes(options.Value.CircuitBreakMinutes);
            Volatile.Write(ref _closedUntilTicks, until.UtcTicks);
            LanguageLog.CircuitOpened(logger, status, until);
        }
    }

    private static void Apply(TextAnalysisResult[] results, int[] indexes, TextAnalysisResult partial)
    {
        foreach (var i in indexes)
        {
            results[i] = results[i].Merge(partial);
        }
    }

    private static TextAnalysisResult Error(AnalysisKinds kind, string code, string message) =>
        new("") { Errors = [new(kind, code, message)] };

    private static string? Usable(DetectedLanguage? language) =>
        language is { Confidence: > 0 } l && l.Iso6391Name.Length is 2 or 3 && l.Iso6391Name.All(char.IsAsciiLetterLower) ? l.Iso6391Name : null;
}
