using Newsjack.Core.Text;

namespace Newsjack.Core.Topics.Trends;

/// <summary>
/// The distinct term and hashtag hashes of one text, without allocating: the trend path's view of a post.
/// Terms hash exactly as <see cref="TextNormalizer"/> terms do (<see cref="OfTerm"/>), hashtags with a `#`.
/// </summary>
public static class PostTermHashes
{
    public const int MaxTerms = 32;
    private const ulong HashtagSeed = 0x23;

    public static ulong OfTerm(ReadOnlySpan<char> term) => StableHash.Of(term);

    public static ulong OfHashtag(ReadOnlySpan<char> foldedTag) => StableHash.Of(foldedTag, HashtagSeed);

    /// <summary>Writes up to <paramref name="destination"/>.Length distinct hashes; returns how many.</summary>
    public static int Collect(ReadOnlySpan<char> text, TextLanguage language, Span<ulong> destination)
    {
        Span<char> buffer = stackalloc char[TermFolder.MaxLength];
        var count = 0;
        var scanner = new TextScanner(text);
        while (count < destination.Length && scanner.MoveNext())
        {
            var token = scanner.Current;
            if (token.Kind is not (TokenKind.Word or TokenKind.Hashtag))
            {
                continue;
            }

            var raw = text.Slice(token.Start, token.Length);
            if (token.Kind == TokenKind.Hashtag)
            {
                var tagLength = TermFolder.FoldCase(raw, buffer);
                count = AddDistinct(destination, count, tagLength > 0 ? OfHashtag(buffer[..tagLength]) : 0);
            }

            if (TermFolder.Fold(raw, buffer, language, out var termHash) > 0 && count < destination.Length)
            {
                count = AddDistinct(destination, count, termHash);
            }
        }

        return count;
    }

    private static int AddDistinct(Span<ulong> hashes, int count, ulong hash)
    {
        if (hash == 0 || hashes[..count].Contains(hash))
        {
            return count;
        }

        hashes[count] = hash;
        return count + 1;
    }
}
