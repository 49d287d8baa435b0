namespace Newsjack.Core.Text;

/// <summary>A text split into words, able to quote a short snippet around a match as evidence.</summary>
public sealed record TokenizedText(string Original, IReadOnlyList<Word> Words)
{
    /// <summary>The words [start, end) with a few words of context either side, trimmed with ellipses.</summary>
    public string Snippet(int start, int end, int context = 6)
    {
        if (Words.Count == 0)
        {
            return Original;
        }

        var from = Math.Max(0, start - context);
        var to = Math.Min(Words.Count, end + context) - 1;
        var text = Original[Words[from].Start..Words[to].End];
        return (from > 0 ? "…" : "") + text + (to < Words.Count - 1 ? "…" : "");
    }

    /// <summary>Every word's text and stem, for <see cref="Phrase.CanOccurIn"/>.</summary>
    public IReadOnlySet<string> StemsAndTexts()
    {
        var set = new HashSet<string>(Words.Count * 2, StringComparer.Ordinal);
        foreach (var word in Words)
        {
            set.Add(word.Text);
            set.Add(word.Stem);
        }

        return set;
    }

    public bool HasAny(IReadOnlySet<string> texts, int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(Words.Count, to); i++)
        {
            if (texts.Contains(Words[i].Text))
            {
                return true;
            }
        }

        return false;
    }
}
