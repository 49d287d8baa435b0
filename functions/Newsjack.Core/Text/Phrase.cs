namespace Newsjack.Core.Text;

/// <summary>
/// A phrase compiled to stems. It matches its words in order and adjacent ("red carpets"), or as one glued word
/// ("#superbowl" for "super bowl").
/// </summary>
public sealed class Phrase
{
    private readonly string[] _stems;
    private readonly string _glued;

    public Phrase(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        var words = WordSplitter.Split(text).Words;
        _stems = [.. words.Select(w => w.Stem)];
        _glued = string.Concat(words.Select(w => w.Text));
    }

    public string Text { get; }

    public int Length => _stems.Length;

    /// <summary>
    /// False when the phrase cannot occur in a text with these word stems and texts (its first stem and glued form
    /// are both absent): a cheap filter that lets a scan skip most of a large lexicon.
    /// </summary>
    public bool CanOccurIn(IReadOnlySet<string> stemsAndTexts) =>
        _stems.Length > 0 && (stemsAndTexts.Contains(_stems[0]) || (_stems.Length > 1 && stemsAndTexts.Contains(_glued)));

    /// <summary>Every match as a word range [Start, End).</summary>
    public IEnumerable<(int Start, int End)> FindAll(TokenizedText text)
    {
        var words = text.Words;
        if (_stems.Length == 0)
        {
            yield break;
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (_stems.Length > 1 && words[i].Text == _glued)
            {
                yield return (i, i + 1);
                continue;
            }

            var j = 0;
            while (j < _stems.Length && i + j < words.Count && words[i + j].Stem == _stems[j])
            {
                j++;
            }

            if (j == _stems.Length)
            {
                yield return (i, i + j);
            }
        }
    }

    /// <summary>True when every word of the phrase occurs within <paramref name="window"/> words, in any order.</summary>
    public bool MatchesLoosely(TokenizedText text, int window)
    {
        var words = text.Words;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Stem != _stems[0])
            {
                continue;
            }

            var from = Math.Max(0, i - window);
            var to = Math.Min(words.Count, i + window + 1);
            if (_stems.All(s => Enumerable.Range(from, to - from).Any(k => words[k].Stem == s)))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => Text;
}
