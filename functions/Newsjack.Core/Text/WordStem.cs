namespace Newsjack.Core.Text;

/// <summary>
/// A light suffix stemmer for English (plural, -ing, -ed, silent e, y/ie → i) so "killed", "kills" and "killing"
/// meet "kill". Phrases and texts go through the same function, so a stem only has to be consistent, not a word.
/// To be folded into Core/Text normalization when that lands.
/// </summary>
public static class WordStem
{
    public static string Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
        if (w.Length <= 3 || !char.IsLetter(w[^1]))
        {
            return w;
        }

        w = Plural(w);
        if (w.EndsWith("ied", StringComparison.Ordinal) && w.Length >= 4)
        {
            w = w[..^3] + "i";
        }
        else if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length >= 6)
        {
            w = Undouble(w[..^3]);
        }
        else if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length >= 5)
        {
            w = Undouble(w[..^2]);
        }

        if (w.EndsWith("ie", StringComparison.Ordinal))
        {
            return w[..^1];
        }

        if (w.Length > 3 && w[^1] == 'y' && !IsVowel(w[^2]))
        {
            return w[..^1] + "i";
        }

        return w.Length > 3 && w[^1] == 'e' ? w[..^1] : w;
    }

    private static string Plural(string w)
    {
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "i";
        }

        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)
            || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        var keep = w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal);
        return w[^1] == 's' && !keep ? w[..^1] : w;
    }

    private static string Undouble(string w) =>
        w.Length >= 3 && w[^1] == w[^2] && !IsVowel(w[^1]) && w[^1] is not ('l' or 's' or 'z') ? w[..^1] : w;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
