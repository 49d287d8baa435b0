using Microsoft.Extensions.AI;
using Newsjack.Core.Text;

namespace Newsjack.Core.Scoring.Risk.Meaning;

/// <summary>
/// Reads topics by meaning: embeds each sentence of a topic's first items (headline and up to two summary
/// sentences each) in one batch and keeps the most harmful reading per topic: the probability of harm and its likeliest kind. One embedding per sentence; the generator's cache means no text is embedded twice.
/// </summary>
public sealed class RiskReader(IEmbeddingGenerator<string, Embedding<float>> generator, RiskMeaningModel model)
{
    private const int ItemsPerTopic = 5;
    private const int SummarySentences = 2;

    public async Task<IReadOnlyDictionary<string, MeaningReading>> ReadAsync(IReadOnlyList<ScoringSubject> subjects, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        var sentences = subjects.SelectMany(s => Sentences(s).Select(x => (Subject: s.Id, x.ItemId, x.Sentence))).ToList();
        var result = new Dictionary<string, MeaningReading>(StringComparer.Ordinal);
        if (sentences.Count == 0)
        {
            return result;
        }

        var embeddings = await generator.GenerateAsync(sentences.Select(s => s.Sentence), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (embeddings.Count != sentences.Count)
        {
            throw new InvalidOperationException($"the embedding generator returned {embeddings.Count} embeddings for {sentences.Count} sentences");
        }

        for (var i = 0; i < sentences.Count; i++)
        {
            var (kind, harm) = model.Harm(embeddings[i].Vector.Span);
            var reading = new MeaningReading(sentences[i].ItemId, sentences[i].Sentence, kind, Math.Round(harm, 2));
            if (!result.TryGetValue(sentences[i].Subject, out var kept) || Worse(reading, kept))
            {
                result[sentences[i].Subject] = reading;
            }
        }

        return result;
    }

    /// <summary>The sentences judged for one topic, with the item each came from.</summary>
    public static IEnumerable<(string ItemId, string Sentence)> Sentences(ScoringSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        foreach (var item in subject.Items.Take(ItemsPerTopic))
        {
            foreach (var sentence in Split(item.Text).Take(1 + SummarySentences))
            {
                yield return (item.Id, sentence);
            }
        }
    }

    // The topic reads as its most harmful sentence.
    private static bool Worse(MeaningReading candidate, MeaningReading kept) => candidate.Probability > kept.Probability;

    private static IEnumerable<string> Split(string text) =>
        text.Split([". ", "? ", "! ", "\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(s => s.Length >= 12);
}
