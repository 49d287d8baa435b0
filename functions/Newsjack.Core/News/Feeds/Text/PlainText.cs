using System.Runtime.CompilerServices;
using System.Text;

namespace Newsjack.Core.News.Feeds.Text;

/// <summary>Final clean-up of a text field: ASCII whitespace runs become one space, control characters go, ends trimmed.</summary>
internal static class PlainText
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? Collapse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (c is >= '\u0080' and <= '\u009F')
            {
                // C1 controls in text are windows-1252 bytes mislabelled as Latin-1 (smart quotes): show what was meant.
                AppendPending(builder, ref pendingSpace);
                builder.Append(Windows1252.Decode((byte)c));
                continue;
            }

            if (char.IsControl(c) || c == '\uFEFF' || (char.IsSurrogate(c) && !IsPaired(text, i)))
            {
                continue;
            }

            AppendPending(builder, ref pendingSpace);
            builder.Append(c);
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    private static void AppendPending(StringBuilder builder, ref bool pendingSpace)
    {
        if (pendingSpace)
        {
            builder.Append(' ');
            pendingSpace = false;
        }
    }

    /// <summary>Lone surrogates cannot be written as UTF-8; only complete pairs are kept.</summary>
    private static bool IsPaired(string text, int i) =>
        char.IsHighSurrogate(text[i]) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            : i > 0 && char.IsHighSurrogate(text[i - 1]);
}
