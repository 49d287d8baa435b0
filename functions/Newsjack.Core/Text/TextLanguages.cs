namespace Newsjack.Core.Text;

/// <summary>Maps a BCP-47 code (`en`, `en-GB`, `pt-BR`) to a <see cref="TextLanguage"/>; no code means English, the default feed language.</summary>
public static class TextLanguages
{
    public static TextLanguage FromCode(string? code) => FromCode(code.AsSpan());

    public static TextLanguage FromCode(ReadOnlySpan<char> code)
    {
        var primary = code.Trim();
        if (primary.IsEmpty)
        {
            return TextLanguage.English;
        }

        var dash = primary.IndexOfAny('-', '_');
        if (dash > 0)
        {
            primary = primary[..dash];
        }

        return primary.Length != 2 ? TextLanguage.Other : char.ToLowerInvariant(primary[0]) switch
        {
            'e' when char.ToLowerInvariant(primary[1]) == 'n' => TextLanguage.English,
            'e' when char.ToLowerInvariant(primary[1]) == 's' => TextLanguage.Spanish,
            'f' when char.ToLowerInvariant(primary[1]) == 'r' => TextLanguage.French,
            'd' when char.ToLowerInvariant(primary[1]) == 'e' => TextLanguage.German,
            'n' when char.ToLowerInvariant(primary[1]) == 'l' => TextLanguage.Dutch,
            'p' when char.ToLowerInvariant(primary[1]) == 't' => TextLanguage.Portuguese,
            'i' when char.ToLowerInvariant(primary[1]) == 't' => TextLanguage.Italian,
            _ => TextLanguage.Other,
        };
    }
}
