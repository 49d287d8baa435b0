using Microsoft.Extensions.AI;
using Newsjack.Core.Text;

namespace Newsjack.Core.Scoring.Risk.Meaning;

/// <summary>
/// Reads topics by meaning: embeds each sentence of a topic's first items (headline and up to two summary
/// sentences each) and keeps the most harmful reading per topic: the probability of harm and its likeliest kind.
/// One embedding per sentence; the generator's cache means no text is embedded twice.
/// </summary>
public sealed class RiskReader(IEmbeddingGenerator<string, Embedding<float>> generator, RiskMeaningModel model)
{
    private const int ItemsPerTopic = 5;
    private const int SummarySentences = 2;

    public Task<IReadOnlyDictionary<string, MeaningReading>> ReadAsync(IReadOnlyList<ScoringSubject> subjects, CancellationToken cancellationToken) =>
        ReadAsync(subjects, new HashSet<string>(StringComparer.Ordinal), cancellationToken);

    /// <summary>
    /// Reads every topic; one in <paramref name="floored"/> (the lexicon floors it already) is read only as far as
    /// the settlement can use: a floor is only ever annotated when every sentence reads harmless
    /// (<see cref="MeaningSettlement.HarmlessBelow"/>), so its headlines go first (story grouping embedded them
    /// already) and its summaries only when every headline reads harmless. The readings that settle anything are
    /// the same as from reading everything.
    /// </summary>
    public Task<IReadOnlyDictionary<string, MeaningReading>> ReadAsync(
        IReadOnlyList<ScoringSubject> subjects, IReadOnlySet<string> floored, CancellationToken cancellationToken) =>
        ReadAsync(subjects, floored, new HashSet<string>(StringComparer.Ordinal), cancellationToken);

    /// <summary>
    /// As above; a topic in <paramref name="headlinesOnly"/> (no brand finds it relevant) is read by its headlines
    /// alone, which story grouping embedded already: enough for the story context to know a death told in other
    /// words, whose tributes elsewhere in the window may be relevant to a brand.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, MeaningReading>> ReadAsync(
        IReadOnlyList<ScoringSubject> subjects, IReadOnlySet<string> floored, IReadOnlySet<string> headlinesOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(floored);
        ArgumentNullException.ThrowIfNull(headlinesOnly);
        var sentences = subjects.SelectMany(s => Sentences(s).Select(x => (Subject: s.Id, x.ItemId, x.Sentence, x.Headline))).ToList();
        var harm = new (string Kind, double Probability)?[sentences.Count];
        await JudgeAsync(sentences, harm, i => sentences[i].Headline || !floored.Contains(sentences[i].Subject) && !headlinesOnly.Contains(sentences[i].Subject), cancellationToken).ConfigureAwait(false);
        var settled = Enumerable.Range(0, sentences.Count)
            .Where(i => harm[i] is { } h && h.Probability >= MeaningSettlement.HarmlessBelow && floored.Contains(sentences[i].Subject))
            .Select(i => sentences[i].Subject).Concat(headlinesOnly).ToHashSet(StringComparer.Ordinal);
        await JudgeAsync(sentences, harm, i => harm[i] is null && !settled.Contains(sentences[i].Subject), cancellationToken).ConfigureAwait(false);

        // In sentence order, so of equal readings the first is quoted, however the reading was staged.
        var result = new Dictionary<string, MeaningReading>(StringComparer.Ordinal);
        for (var i = 0; i < sentences.Count; i++)
        {
            if (harm[i] is not { } h)
            {
                continue;
            }

            var reading = new MeaningReading(sentences[i].ItemId, sentences[i].Sentence, h.Kind, h.Probability);
            if (!result.TryGetValue(sentences[i].Subject, out var kept) || Worse(reading, kept))
            {
                result[sentences[i].Subject] = reading;
            }
        }

        return result;
    }

    /// <summary>The sentences judged for one topic, with the item each came from; the first of each item is its headline.</summary>
    public static IEnumerable<(string ItemId, string Sentence, bool Headline)> Sentences(ScoringSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        foreach (var item in subject.Items.Take(ItemsPerTopic))
        {
            var first = true;
            foreach (var sentence in Split(item.Text).Take(1 + SummarySentences))
            {
                yield return (item.Id, sentence, first);
                first = false;
            }
        }
    }

    private async Task JudgeAsync(
        List<(string Subject, string ItemId, string Sentence, bool Headline)> sentences, (string Kind, double Probability)?[] harm, Func<int, bool> wanted, CancellationToken cancellationToken)
    {
        var chosen = Enumerable.Range(0, sentences.Count).Where(wanted).ToList();
        if (chosen.Count == 0)
        {
            return;
        }

        var embeddings = await generator.GenerateAsync(chosen.Select(i => sentences[i].Sentence), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (embeddings.Count != chosen.Count)
        {
            throw new InvalidOperationException($"the embedding generator returned {embeddings.Count} embeddings for {chosen.Count} sentences");
        }

        for (var j = 0; j < chosen.Count; j++)
        {
            var (kind, probability) = model.Harm(embeddings[j].Vector.Span);
            harm[chosen[j]] = (kind, Math.Round(probability, 2));
        }
    }

    // The topic reads as its most harmful sentence.
    private static bool Worse(MeaningReading candidate, MeaningReading kept) => candidate.Probability > kept.Probability;

    private static IEnumerable<string> Split(string text) =>
        text.Split([". ", "? ", "! ", "\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(s => s.Length >= 12);
}
