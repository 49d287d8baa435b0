using Newsjack.Core.Text;

namespace Newsjack.Core.Scoring.Risk;

/// <summary>
/// Weak signs of a tragedy (`Risk/Signals/possible-tragedy.json`, the lexicon format): a tribute, candles, a
/// helpline, "the loss of", wreckage. One alone proves nothing; two different ones in one item make the topic a
/// possible tragedy, which is suppressed, never suggested, with the signs quoted (safe by default).
/// </summary>
public sealed class TragedySigns(RiskLexicon signs)
{
    private const string Resource = "Newsjack.Core.Risk.Signals.possible-tragedy.json";
    private static readonly Lazy<TragedySigns> Embedded = new(() =>
    {
        using var stream = typeof(TragedySigns).Assembly.GetManifestResourceStream(Resource)!;
        return new TragedySigns(new RiskLexicon(RiskLexicon.Read(stream, Resource)));
    });

    public static TragedySigns Default => Embedded.Value;

    /// <summary>"'tributes', 'in honour of' in item n6: …" for the first item with two different signs; null when none.</summary>
    public string? Find(IEnumerable<(SubjectText Source, TokenizedText Text)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var (source, text) in items)
        {
            var hits = signs.Scan(text).DistinctBy(h => h.Term, StringComparer.Ordinal).ToList();
            if (hits.Count >= 2)
            {
                return $"{string.Join(", ", hits.Take(3).Select(h => $"'{h.Term}'"))} in item {source.Id}: \"{hits[0].Snippet}\"";
            }
        }

        return null;
    }

    /// <summary>Whether any item shows at least one sign (enough to tie a soft statement to a casualty report).</summary>
    public bool Any(IEnumerable<(SubjectText Source, TokenizedText Text)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Any(i => signs.Scan(i.Text).Count > 0);
    }
}
