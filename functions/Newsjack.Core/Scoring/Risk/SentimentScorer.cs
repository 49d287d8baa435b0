using System.Text.Json;
using Newsjack.Core.Scoring.Risk.Json;
using Newsjack.Core.Text;

namespace Newsjack.Core.Scoring.Risk;

/// <summary>
/// Mood of a text in [-1, 1] from a small valence word list (embedded data), with negation flipping the next
/// word ("not happy"). Coarse by design: it only has to tell grief and anger from celebration.
/// </summary>
public sealed class SentimentScorer(IReadOnlyDictionary<string, int> valences)
{
    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal) { "not", "no", "never", "isn't", "wasn't", "don't", "didn't", "can't" };

    private static readonly Lazy<SentimentScorer> Embedded = new(() =>
    {
        using var stream = typeof(SentimentScorer).Assembly.GetManifestResourceStream("Newsjack.Core.Risk.Sentiment.sentiment-words.json")!;
        var json = JsonSerializer.Deserialize(stream, RiskDataJsonContext.Default.SentimentWordsJson);
        return new SentimentScorer(json?.Words ?? []);
    });

    public static SentimentScorer Default => Embedded.Value;

    public double Score(TokenizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        double sum = 0;
        for (var i = 0; i < text.Words.Count; i++)
        {
            if (valences.TryGetValue(text.Words[i].Text, out var valence))
            {
                sum += i > 0 && Negators.Contains(text.Words[i - 1].Text) ? -0.5 * valence : valence;
            }
        }

        // VADER's normalisation: maps any sum into (-1, 1), saturating after a few strong words.
        return sum / Math.Sqrt((sum * sum) + 15);
    }
}
