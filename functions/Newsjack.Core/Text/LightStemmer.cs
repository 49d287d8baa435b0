namespace Newsjack.Core.Text;

/// <summary>
/// Harman's "S" stemmer for English (plurals only: storms → storm, cities → city, wildfires → wildfire).
/// Deliberately light: "shooting" stays apart from "shoot", which keeps a photo shoot away from a shooting.
/// </summary>
public static class LightStemmer
{
    /// <summary>Stems the lower-case word in place and returns its new length.</summary>
    public static int Stem(Span<char> word)
    {
        var n = word.Length;
        if (n < 4 || word[n - 1] != 's')
        {
            return n;
        }

        if (n > 4 && word.EndsWith("ies") && !word.EndsWith("eies") && !word.EndsWith("aies"))
        {
            word[n - 3] = 'y';
            return n - 2;
        }

        if (n > 3 && word.EndsWith("es") && !word.EndsWith("aes") && !word.EndsWith("ees") && !word.EndsWith("oes"))
        {
            return n - 1;
        }

        if (n > 3 && word[n - 1] == 's' && word[n - 2] is not 'u' and not 's' and not 'i')
        {
            return n - 1;
        }

        return n;
    }
}
