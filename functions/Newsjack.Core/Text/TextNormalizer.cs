namespace Newsjack.Core.Text;

/// <summary>
/// Turns a headline, summary or post into <see cref="NormalizedText"/>. Language-aware through the item's BCP-47
/// code (stop words per language, stemming for English). Stateless and thread-safe.
/// </summary>
public static class TextNormalizer
{
    public static NormalizedText Normalize(string text, string? languageCode = null) =>
        Normalize(text, TextLanguages.FromCode(languageCode));

    public static NormalizedText Normalize(string text, TextLanguage language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<(ScannedToken Token, string? Term)>();
        var terms = new List<string>();
        var hashtags = new List<string>();
        var mentions = new List<string>();
        var urls = new List<string>();
        var emoji = new List<string>();
        Span<char> buffer = stackalloc char[TermFolder.MaxLength];
        var scanner = new TextScanner(text);
        while (scanner.MoveNext())
        {
            var token = scanner.Current;
            var raw = text.AsSpan(token.Start, token.Length);
            string? term = null;
            switch (token.Kind)
            {
                case TokenKind.Word:
                    var length = TermFolder.Fold(raw, buffer, language);
                    term = length > 0 ? new string(buffer[..length]) : null;
                    break;
                case TokenKind.Hashtag:
                    hashtags.Add(FoldCase(raw, buffer));
                    length = TermFolder.Fold(raw, buffer, language);
                    term = length > 0 ? new string(buffer[..length]) : null;
                    break;
                case TokenKind.Mention:
                    mentions.Add(FoldCase(raw, buffer));
                    break;
                case TokenKind.Url:
                    urls.Add(raw.ToString());
                    break;
                case TokenKind.Emoji:
                    emoji.Add(raw.ToString());
                    break;
            }

            if (term is not null)
            {
                terms.Add(term);
            }

            tokens.Add((token, term));
        }

        return new NormalizedText(terms, PhraseFinder.Phrases(tokens), PhraseFinder.Names(text, tokens, language), hashtags, mentions, urls, emoji);
    }

    /// <summary>The hashtags of a text, case-folded and without '#', as <see cref="Normalize(string, TextLanguage)"/> finds them (no other work).</summary>
    public static IReadOnlyList<string> Hashtags(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<string>? hashtags = null;
        Span<char> buffer = stackalloc char[TermFolder.MaxLength];
        var scanner = new TextScanner(text);
        while (scanner.MoveNext())
        {
            if (scanner.Current.Kind == TokenKind.Hashtag)
            {
                (hashtags ??= []).Add(FoldCase(text.AsSpan(scanner.Current.Start, scanner.Current.Length), buffer));
            }
        }

        return hashtags ?? [];
    }

    private static string FoldCase(ReadOnlySpan<char> raw, Span<char> buffer)
    {
        var length = TermFolder.FoldCase(raw, buffer);
        return length > 0 ? new string(buffer[..length]) : raw.ToString().ToLowerInvariant();
    }
}
