using System.Globalization;
using System.Text;

namespace Newsjack.Core.Text;

/// <summary>One emoji as a reader sees it: a symbol rune with its variation selector and skin tone, and ZWJ-joined parts (👩‍🔬).</summary>
internal static class EmojiSequence
{
    /// <summary>Length in UTF-16 units of the emoji starting at <paramref name="start"/>; 0 when none starts there.</summary>
    public static int LengthAt(ReadOnlySpan<char> text, int start)
    {
        var position = start;
        while (DecodeAt(text, position, out var rune, out var used) && IsEmoji(rune))
        {
            position += used;
            while (position < text.Length
                && (text[position] == '\uFE0F' || (DecodeAt(text, position, out var modifier, out used) && modifier.Value is >= 0x1F3FB and <= 0x1F3FF)))
            {
                position += text[position] == '\uFE0F' ? 1 : used;
            }

            // A zero-width joiner glues the next emoji into the same one (family, profession sequences).
            if (position >= text.Length || text[position] != '\u200D')
            {
                break;
            }

            position++;
        }

        return position - start;
    }

    private static bool DecodeAt(ReadOnlySpan<char> text, int i, out Rune rune, out int used)
    {
        if (i >= text.Length)
        {
            rune = default;
            used = 0;
            return false;
        }

        return Rune.DecodeFromUtf16(text[i..], out rune, out used) == System.Buffers.OperationStatus.Done;
    }

    private static bool IsEmoji(Rune rune) =>
        Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol || rune.Value is >= 0x1F000 and <= 0x1FAFF;
}
