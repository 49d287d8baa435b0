using System.Text;

namespace Newsjack.Core.Text;

/// <summary>
/// Splits text into lower-case words (letters, digits, inner apostrophes). A camel-case hashtag becomes its words
/// (#WhyIStayed → why i stayed) so lexicons see what it says. Minimal on purpose: to be consolidated with Core/Text.
/// </summary>
public static class WordSplitter
{
    public static TokenizedText Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<Word>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            var hashtag = start > 0 && text[start - 1] == '#';
            AddWord(words, text, start, i, hashtag);
        }

        return new TokenizedText(text, words);
    }

    private static void AddWord(List<Word> words, string text, int start, int end, bool hashtag)
    {
        if (hashtag)
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

            return;
        }

        Add(words, text, start, end);
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
