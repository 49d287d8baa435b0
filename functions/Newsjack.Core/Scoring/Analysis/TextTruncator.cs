using System.Globalization;

namespace Newsjack.Core.Scoring.Analysis;

/// <summary>
/// Cuts a text to at most N text elements (what a user sees as characters; how Azure AI Language counts its
/// 5,120 limit), on a word boundary when there is one in the last quarter, never inside a surrogate pair or
/// combining sequence.
/// </summary>
public static class TextTruncator
{
    public static TruncatedText Truncate(string text, int maxTextElements)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTextElements, 1);
        var end = 0;
        for (var elements = 0; end < text.Length; elements++)
        {
            if (elements == maxTextElements)
            {
                return new(CutAtWord(text, end, maxTextElements), true);
            }

            end += StringInfo.GetNextTextElementLength(text, end);
        }

        return new(text, false);
    }

    private static string CutAtWord(string text, int end, int maxTextElements)
    {
        // A space right at the cut means the kept part already ends on a whole word.
        var space = char.IsWhiteSpace(text[end]) ? end : text.LastIndexOf(' ', end - 1);
        var keep = space > end - (maxTextElements / 4) && space > 0 ? space : end;
        return text[..keep].TrimEnd();
    }
}
