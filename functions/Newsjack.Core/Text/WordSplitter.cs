using System.Text;

namespace Newsjack.Core.Text;

/// <summary>
/// The words of a text as the scorers read them, taken from <see cref="TextScanner"/>'s tokens (the one tokenizer):
/// lower-case runs of letters and digits (inner apostrophes kept), so a URL gives the words of its path and a number
/// its digit groups; emoji give none. A camel-case hashtag becomes its words (#WhyIStayed → why i stayed) so
/// lexicons see what it says.
/// </summary>
public static class WordSplitter
{
    public static TokenizedText Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<Word>();
        var scanner = new TextScanner(text);
        var pending = (Start: 0, End: -1);
        while (scanner.MoveNext())
        {
            var token = scanner.Current;
            var end = token.Start + token.Length;
            if (pending.End >= 0 && token.Kind == TokenKind.Word && token.Start == pending.End + 1 && IsApostrophe(text[pending.End]))
            {
                // "#Trump's", "@CNN's": the tag ends at the apostrophe (as on the platforms), the word goes on.
                pending.End = end;
                continue;
            }

            if (pending.End >= 0)
            {
                AddRuns(words, text, pending.Start, pending.End);
                pending.End = -1;
            }

            if (token.Kind is TokenKind.Hashtag or TokenKind.Mention)
            {
                pending = (token.Start, end);
            }
            else if (token.Kind != TokenKind.Emoji)
            {
                AddRuns(words, text, token.Start, end);
            }
        }

        if (pending.End >= 0)
        {
            AddRuns(words, text, pending.Start, pending.End);
        }

        return new TokenizedText(text, words);
    }

    // Runs of letters and digits inside one token; a run right after '#' is a hashtag's (also when glued to the word
    // before it, "Dean#GilmoreGirlsTop4", or inside a URL, where the scanner starts no tag) and is split at its humps.
    private static void AddRuns(List<Word> words, string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var runStart = i;
            while (i < end && (char.IsLetterOrDigit(text[i]) || (IsApostrophe(text[i]) && i + 1 < end && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            if (runStart > 0 && text[runStart - 1] == '#')
            {
                AddCamelParts(words, text, runStart, i);
            }
            else
            {
                Add(words, text, runStart, i);
            }
        }
    }
    private static void AddCamelParts(List<Word> words, string text, int start, int end)
    {
        var partStart = start;
        for (var j = start + 1; j <= end; j++)
        {
            if (j == end || IsCamelBoundary(text, j))
            {
                Add(words, text, partStart, j);
                partStart = j;
            }
        }
    }

    private static bool IsCamelBoundary(string text, int j) =>
        (char.IsLower(text[j - 1]) && char.IsUpper(text[j]))
        || (char.IsUpper(text[j - 1]) && char.IsUpper(text[j]) && j + 1 < text.Length && char.IsLower(text[j + 1]))
        || (char.IsDigit(text[j - 1]) != char.IsDigit(text[j]));

    private static void Add(List<Word> words, string text, int start, int end)
    {
        var lower = new StringBuilder(end - start);
        foreach (var c in text.AsSpan(start, end - start))
        {
            lower.Append(IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c));
        }

        var word = lower.ToString();
        words.Add(new Word(word, WordStem.Of(word), start, end));
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
