using System.Collections.Frozen;

namespace Newsjack.Core.Text;

/// <summary>
/// Stop words per language, looked up by span without allocating. English adds headline filler
/// ("says", "amid", "new") that links unrelated stories without saying what they are about.
/// </summary>
public static class StopWords
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>[] Sets = Build();

    public static bool Contains(ReadOnlySpan<char> folded, TextLanguage language)
    {
        if (Sets[(int)TextLanguage.English].Contains(folded))
        {
            return true;
        }

        return language is not TextLanguage.English and not TextLanguage.Other && Sets[(int)language].Contains(folded);
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>[] Build()
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
        return [.. lists.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>())];
    }
}
