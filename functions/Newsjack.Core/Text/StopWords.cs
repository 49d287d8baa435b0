namespace Newsjack.Core.Text;

/// <summary>
/// Stop words per language, kept as sets of <see cref="StableHash"/> values so the hot path checks a folded span by the
/// hash it computes anyway (64-bit hashes: a false hit is practically impossible). English adds headline filler
/// ("says", "amid", "new") that links unrelated stories without saying what they are about; every language also
/// drops English stop words (mixed-language posts are common).
/// </summary>
public static class StopWords
{
    // Per language: its own list plus the English one, so a check is one lookup.
    private static readonly StableHashSet[] Sets = Build();

    public static bool Contains(ReadOnlySpan<char> folded, TextLanguage language) => ContainsHash(StableHash.Of(folded), language);

    public static bool ContainsHash(ulong foldedHash, TextLanguage language) => Sets[(int)language].Contains(foldedHash);

    private static StableHashSet[] Build()
    {
        var lists = new string[Enum.GetValues<TextLanguage>().Length];
        lists[(int)TextLanguage.English] = StopWordLists.English;
        lists[(int)TextLanguage.Spanish] = StopWordLists.Spanish;
        lists[(int)TextLanguage.French] = StopWordLists.French;
        lists[(int)TextLanguage.German] = StopWordLists.German;
        lists[(int)TextLanguage.Dutch] = StopWordLists.Dutch;
        lists[(int)TextLanguage.Portuguese] = StopWordLists.Portuguese;
        lists[(int)TextLanguage.Italian] = StopWordLists.Italian;
        lists[(int)TextLanguage.Other] = string.Empty;
        return [.. lists.Select(l => new StableHashSet($"{StopWordLists.English} {l}".Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => StableHash.Of(w))))];
    }
}
