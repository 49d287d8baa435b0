namespace Newsjack.Core.Text;

/// <summary>Phrases (adjacent term pairs) and capitalised name spans from scanned tokens.</summary>
internal static class PhraseFinder
{
    /// <summary>Two content terms next to each other with no stop word or break between: "red carpet", "hurricane ian".</summary>
    public static List<string> Phrases(List<(ScannedToken Token, string? Term)> tokens)
    {
        var phrases = new List<string>();
        for (var i = 1; i < tokens.Count; i++)
        {
            var (token, term) = tokens[i];
            var previous = tokens[i - 1].Term;
            if (term is not null && previous is not null && !token.AfterBreak && token.Kind == TokenKind.Word)
            {
                phrases.Add(previous + " " + term);
            }
        }

        return phrases;
    }

    /// <summary>
    /// Runs of two or more capitalised words, or one capitalised word not opening a sentence ("Apple", "Joe Biden").
    /// Title-case text (most headlines: 90% or more of the words capitalised), so it yields no names.
    /// </summary>
    public static List<string> Names(string text, List<(ScannedToken Token, string? Term)> tokens, TextLanguage language)
    {
        var names = new List<string>();
        var words = tokens.Where(t => t.Token.Kind == TokenKind.Word && t.Term is not null).ToList();
        if (words.Count == 0 || words.Count(w => w.Token.Capitalized) * 10 >= words.Count * 9 && words.Count > 2)
        {
            return names;
        }

        Span<char> buffer = stackalloc char[TermFolder.MaxLength];
        var run = new List<string>();
        var runOpensSentence = false;
        foreach (var (token, _) in tokens.Append((new ScannedToken(0, 0, TokenKind.Number, false, true), null)))
        {
            var continues = token.Kind == TokenKind.Word && token.Capitalized && (run.Count == 0 || !token.AfterBreak);
            if (!continues)
            {
                Flush(names, run, runOpensSentence);
            }

            if (token.Kind == TokenKind.Word && token.Capitalized)
            {
                if (run.Count == 0)
                {
                    runOpensSentence = token.AfterBreak;
                }

                var length = TermFolder.FoldCase(text.AsSpan(token.Start, token.Length), buffer);
                // A capitalised stop word may not open a name ("The", "In") but may sit inside one; "new" is only
                // headline filler as a term and does open place names (New York, New Zealand).
                var folded = buffer[..length];
                if (length > 0 && (run.Count > 0 || folded.SequenceEqual("new") || !StopWords.Contains(folded, language)))
                {
                    run.Add(new string(buffer[..length]));
                }
            }
        }

        return names;
    }

    private static void Flush(List<string> names, List<string> run, bool opensSentence)
    {
        if (run.Count >= 2 || (run.Count == 1 && !opensSentence))
        {
            names.Add(string.Join(' ', run));
        }

        run.Clear();
    }
}
