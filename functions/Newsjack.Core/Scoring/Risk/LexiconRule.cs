using Newsjack.Core.Text;

namespace Newsjack.Core.Scoring.Risk;

/// <summary>A compiled lexicon entry: terms of one category and tier with their context rules (see LexiconEntryJson).</summary>
public sealed record LexiconRule(
    string Category,
    RiskTier Tier,
    IReadOnlyList<Phrase> Terms,
    IReadOnlyList<Phrase> Cancel,
    IReadOnlyList<Phrase> Require,
    int Window,
    bool Negatable,
    IReadOnlyList<string> Examples,
    IReadOnlyList<string> CounterExamples)
{
    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal) { "no", "not", "without", "zero", "never", "nobody", "none" };

    /// <summary>The hits of this rule in a text, after context rules.</summary>
    public IEnumerable<LexiconHit> Find(TokenizedText text) => Find(text, null);

    /// <summary>As <see cref="Find(TokenizedText)"/>, skipping terms that cannot occur given the text's words.</summary>
    public IEnumerable<LexiconHit> Find(TokenizedText text, IReadOnlySet<string>? stemsAndTexts)
    {
        foreach (var term in Terms)
        {
            if (stemsAndTexts is not null && !term.CanOccurIn(stemsAndTexts))
            {
                continue;
            }

            foreach (var (start, end) in term.FindAll(text))
            {
                if (Near(Cancel, text, start, end)
                    || (Require.Count > 0 && !Near(Require, text, start, end))
                    || (Negatable && text.HasAny(Negators, start - 3, start)))
                {
                    continue;
                }

                yield return new LexiconHit(Category, Tier, term.Text, text.Snippet(start, end));
            }
        }
    }

    private bool Near(IReadOnlyList<Phrase> phrases, TokenizedText text, int start, int end) =>
        phrases.Any(p => p.FindAll(text).Any(m => m.End > start - Window && m.Start < end + Window));
}
