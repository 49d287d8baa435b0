using Newsjack.Core.Text;

namespace Newsjack.Core.Approvals.Learning;

/// <summary>
/// The terms a decision is remembered by: the stems of the topic's label and key terms, without stop words,
/// numbers and words under three letters, so "Stadium blackout halts the Super Bowl" is remembered as
/// stadium, blackout, halt, super, bowl.
/// </summary>
public static class DecisionTerms
{
    public static IReadOnlyList<string> From(string label, IEnumerable<string>? keyTerms = null)
    {
        ArgumentNullException.ThrowIfNull(label);
        var text = string.Join(' ', new[] { label }.Concat(keyTerms ?? []));
        return [.. Stems(text).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The stems of a subject as scored: label, key terms and hashtags.</summary>
    public static IReadOnlySet<string> Of(ScoringSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return Stems(string.Join(' ', new[] { subject.Label }.Concat(subject.KeyTerms).Concat(subject.Hashtags))).ToHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Stems(string text) =>
        WordSplitter.Split(text).Words
            .Where(w => w.Text.Length >= 3 && !w.Text.All(char.IsDigit) && !StopWords.Contains(w.Text, TextLanguage.English))
            .Select(w => w.Stem);
}
