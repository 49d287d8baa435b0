using System.Globalization;

namespace Newsjack.Core.Text;

/// <summary>
/// Turns a scanned word into its term: lower case, Latin diacritics removed (é → e), possessive `'s` and
/// apostrophes dropped, then stop words and lone letters rejected and English words lightly stemmed.
/// Works on spans so the trend hot path allocates nothing; <see cref="TextNormalizer"/> uses the same code.
/// </summary>
public static class TermFolder
{
    /// <summary>Longer tokens are noise (hashes, base64) and are skipped.</summary>
    public const int MaxLength = 40;

    private const int FoldStart = 0x00C0;
    private static readonly char[] LatinFold = BuildLatinFold();

    /// <summary>Folds a word into <paramref name="destination"/> (at least <see cref="MaxLength"/> long); 0 when it is no term.</summary>
    public static int Fold(ReadOnlySpan<char> word, Span<char> destination, TextLanguage language) =>
        Fold(word, destination, language, out _);

    /// <summary>As <see cref="Fold(ReadOnlySpan{char}, Span{char}, TextLanguage)"/>, also giving the term's <see cref="StableHash"/>.</summary>
    public static int Fold(ReadOnlySpan<char> word, Span<char> destination, TextLanguage language, out ulong termHash)
    {
        termHash = 0;
        var length = FoldCase(word, destination, out var hash);
        if (length < 2 || StopWords.ContainsHash(hash, language))
        {
            return 0;
        }

        var stemmed = language == TextLanguage.English ? LightStemmer.Stem(destination[..length]) : length;
        termHash = stemmed == length ? hash : StableHash.Of(destination[..stemmed]);
        return stemmed;
    }

    /// <summary>Case and diacritic folding only (hashtags, mentions, stop-word checks); 0 when too long.</summary>
    public static int FoldCase(ReadOnlySpan<char> word, Span<char> destination) => FoldCase(word, destination, out _);

    /// <summary>Case folding that also gives the folded text's <see cref="StableHash"/>, in the same pass.</summary>
    public static int FoldCase(ReadOnlySpan<char> word, Span<char> destination, out ulong foldedHash)
    {
        foldedHash = 0;
        if (word.Length > MaxLength)
        {
            return 0;
        }

        if (word.Length > 2 && word[^1] is 's' or 'S' && word[^2] is '\'' or '\u2019')
        {
            word = word[..^2];
        }

        var hash = StableHash.Start();
        var target = destination[..word.Length];
        var length = 0;

        // Plain printable ASCII (the common case) lower-cases and hashes in one pass; the first other character
        // (or apostrophe) hands the rest of the word to the general loop, which treats ASCII the same way.
        for (; length < target.Length; length++)
        {
            var c = word[length];
            if ((uint)(c - ' ') > '~' - ' ' || c == '\'')
            {
                break;
            }

            var lower = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
            target[length] = lower;
            hash = StableHash.Step(hash, lower);
        }

        foreach (var c in word[length..])
        {
            if (c is '\'' or '\u2019' || (c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark))
            {
                continue;
            }

            var lower = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c < 128 ? c : char.ToLowerInvariant(c);
            var folded = lower >= FoldStart && lower - FoldStart < LatinFold.Length ? LatinFold[lower - FoldStart] : lower;
            target[length++] = folded;
            hash = StableHash.Step(hash, folded);
        }

        foldedHash = StableHash.Mix(hash);
        return length;
    }

    private static char[] BuildLatinFold()
    {
        var table = new char[0x0250 - FoldStart];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)(FoldStart + i);
            var decomposed = c.ToString().Normalize(System.Text.NormalizationForm.FormD);
            table[i] = decomposed.Length > 1 && char.IsAscii(decomposed[0]) ? decomposed[0] : c switch
            {
                'ß' => 's',
                'ø' => 'o',
                'æ' => 'a',
                'đ' => 'd',
                'ł' => 'l',
                _ => c,
            };
        }

        return table;
    }
}
