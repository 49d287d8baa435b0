using System.Globalization;

namespace Newsjack.Core.Scoring.Relevance;

/// <summary>
/// Optional semantic boost: cosine similarity of a topic's embedding to the brand profile's. Only similarity above
/// <see cref="Floor"/> counts, rising linearly to at most <see cref="MaxBoost"/>; it touches relevance only, never risk.
/// Below <see cref="UnrelatedBelow"/> the topic means something else than the brand, whatever words they share: its
/// brand-topic matches count <see cref="UnrelatedCredit"/> of their value ("Kid Cudi storms offstage" for an airline).
/// </summary>
public static class SemanticRelevance
{
    public const double Floor = 0.35;
    public const double MaxBoost = 0.2;

    /// <summary>
    /// Chosen on the tuning sets (Scoring, Tuning2, Tuning4): every right card there is at 0.05 or more, and false
    /// cards on a word in another sense go down to -0.05 (docs/design/scoring.md).
    /// </summary>
    public const double UnrelatedBelow = 0.05;

    public const double UnrelatedCredit = 0.5;

    public static bool Unrelated(double similarity) => similarity < UnrelatedBelow;

    public static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length || a.Length == 0)
        {
            throw new ArgumentException($"embedding lengths differ or are empty ({a.Length} and {b.Length})", nameof(b));
        }

        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * (double)b[i];
            na += a[i] * (double)a[i];
            nb += b[i] * (double)b[i];
        }

        return na == 0 || nb == 0 ? 0 : Math.Clamp(dot / Math.Sqrt(na * nb), -1, 1);
    }

    public static double Boost(double similarity) => MaxBoost * Math.Clamp((similarity - Floor) / (1 - Floor), 0, 1);

    public static string Reason(double similarity) =>
        string.Create(CultureInfo.InvariantCulture, $"semantic similarity {similarity:0.00} to the brand profile (+{Boost(similarity):0.00})");

    public static string UnrelatedReason(double similarity) =>
        string.Create(CultureInfo.InvariantCulture, $"the words match but not the meaning (semantic similarity {similarity:0.00}, below {UnrelatedBelow:0.00}): brand topics count {UnrelatedCredit:0.#} of their match");
}
