using System.Globalization;
using System.Text;

namespace Newsjack.Core.Cards;

/// <summary>
/// Text from feeds, posts and people, made safe to show on a card: control and invisible format characters
/// (bidi overrides, zero-width) removed, whitespace collapsed, length capped at a word boundary with an ellipsis.
/// Cards show such text only in RichTextBlock text runs, which Teams never reads as markdown, so `[x](url)` or
/// `**` in a headline stays literal text.
/// </summary>
public static class UntrustedText
{
    public static string Clean(string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(Math.Min(text.Length, maxLength + 1));
        var space = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsWhiteSpace(rune) || category is UnicodeCategory.Control)
            {
                space = builder.Length > 0;
                continue;
            }

            // Format characters (RLO, ZWJ outside emoji sequences, …) can disguise text; ZWJ is kept for emoji.
            if (category is UnicodeCategory.Format && rune.Value != 0x200D)
            {
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(rune.ToString());
        }

        return Shorten(builder.ToString(), maxLength);
    }

    /// <summary>Cuts to at most <paramref name="maxLength"/> characters, at a word boundary when one is near, ending in "…".</summary>
    public static string Shorten(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', Math.Max(0, maxLength - 1));
        var end = cut >= maxLength * 2 / 3 ? cut : maxLength - 1;
        if (end > 0 && char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end].TrimEnd() + "…";
    }

    /// <summary>An absolute http(s) link without user info; anything else (javascript:, data:, relative) is no link.</summary>
    public static Uri? Link(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.UserInfo.Length == 0 ? uri : null;
}
