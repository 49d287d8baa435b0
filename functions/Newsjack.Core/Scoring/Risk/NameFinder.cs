using Newsjack.Core.Text;

namespace Newsjack.Core.Scoring.Risk;

/// <summary>
/// Finds the proper names a story is about, for story context: runs of two or more capitalised words in
/// sentence-case text ("Mara Quill", "Pacifica Airlines", "Storm Hilda") and identifiers with digits ("Flight 5107",
/// "PA88"). Title-case headlines, where every word is capitalised, give no names (their summaries do). Single
/// plain words are left out: a city or a first word says too little to tie two stories together.
/// </summary>
internal static class NameFinder
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "i", "the", "a", "an",
    };

    private static readonly HashSet<string> StormWords = new(StringComparer.Ordinal) { "storm", "hurricane", "cyclone", "typhoon", "tropical" };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "was", "is", "has", "have", "had", "were", "been", "aged", "found" };

    private static readonly HashSet<string> VictimVerbs = new(StringComparer.Ordinal)
    {
        "dies", "died", "dead", "killed", "collapses", "collapsed", "passes", "passed", "drowned", "drowns", "murdered", "stabbed", "shot", "slain",
    };

    private static readonly HashSet<string> VictimNouns = new(StringComparer.Ordinal)
    {
        "death", "killing", "murder", "passing", "loss", "funeral", "vigil", "memorial", "shooting", "stabbing",
    };

    /// <summary>Names as lower-case word sequences, possessives removed, each once.</summary>
    public static IReadOnlyList<string[]> Find(TokenizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var names = new List<string[]>();
        if (IsTitleCase(text))
        {
            return names;
        }

        var run = new List<string>();
        var hasDigit = false;
        var atStart = false;
        for (var i = 0; i < text.Words.Count; i++)
        {
            var word = text.Words[i];
            var joins = Capitalised(text, i) || (run.Count > 0 && char.IsDigit(word.Text[0]));
            if (run.Count > 0 && (!joins || !Adjacent(text, i)))
            {
                Flush(names, run, hasDigit, atStart);
                hasDigit = false;
            }

            if (!Capitalised(text, i) && !(joins && run.Count > 0))
            {
                continue;
            }

            if (run.Count == 0)
            {
                atStart = StartsSentence(text, i);
            }

            run.Add(Plain(word.Text));
            hasDigit |= word.Text.Any(char.IsDigit);
            if (word.Text.EndsWith("'s", StringComparison.Ordinal))
            {
                Flush(names, run, hasDigit, atStart);
                hasDigit = false;
            }
        }

        Flush(names, run, hasDigit, atStart);
        return names;
    }

    /// <summary>Whether the words of <paramref name="name"/> occur in order in the text, in any case.</summary>
    public static bool Mentions(TokenizedText text, string[] name) => Positions(text, name).Any();

    /// <summary>
    /// Whether the text reports this name as the one who died or was hurt, not as the setting: "Mara Quill dies",
    /// "Dev Okafor, 41, was killed", "the death of Ilse Brandt"; a flight number or a named storm always is the
    /// story. "Super Bowl parade shooting" and "World Cup fans killed" are settings.
    /// </summary>
    public static bool IsVictimIn(TokenizedText text, string[] name)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        if (name.Any(w => w.Any(char.IsDigit)) || StormWords.Contains(name[0]))
        {
            return true;
        }

        foreach (var at in Positions(text, name))
        {
            var next = at + name.Length;
            while (next < text.Words.Count && (Auxiliaries.Contains(text.Words[next].Text) || text.Words[next].Text.All(char.IsDigit)))
            {
                next++;
            }

            if ((next < text.Words.Count && VictimVerbs.Contains(text.Words[next].Text))
                || (at >= 2 && text.Words[at - 1].Text is "of" or "for" && VictimNouns.Contains(text.Words[at - 2].Text))
                || (at >= 1 && text.Words[at - 1].Text is "mourn" or "mourns" or "mourning"))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<int> Positions(TokenizedText text, string[] name)
    {
        for (var i = 0; i + name.Length <= text.Words.Count; i++)
        {
            var match = true;
            for (var j = 0; j < name.Length && match; j++)
            {
                match = Plain(text.Words[i + j].Text) == name[j];
            }

            if (match)
            {
                yield return i;
            }
        }
    }

    private static void Flush(List<string[]> names, List<string> run, bool hasDigit, bool atStart)
    {
        // A sentence's first word is capitalised anyway: "Actor Dev Okafor" is about "Dev Okafor".
        var kept = run.Skip(atStart && run.Count >= 3 ? 1 : 0).Where(w => !NotNames.Contains(w)).ToArray();
        run.Clear();
        if ((kept.Length >= 2 || (kept.Length == 1 && hasDigit && kept[0].Length >= 3)) && !names.Any(n => n.SequenceEqual(kept)))
        {
            names.Add(kept);
        }
    }

    private static bool StartsSentence(TokenizedText text, int i)
    {
        var before = text.Original.AsSpan(0, text.Words[i].Start).TrimEnd(" \"'\u2018\u201c(");
        return before.IsEmpty || ".!?:;\u2014\u2013-".Contains(before[^1]);
    }

    private static string Plain(string word) => word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;

    private static bool Capitalised(TokenizedText text, int i) => char.IsUpper(text.Original[text.Words[i].Start]);

    /// <summary>Only spaces between the two words: "Quill, who" or "Air: We" end a name.</summary>
    private static bool Adjacent(TokenizedText text, int i) =>
        text.Original.AsSpan(text.Words[i - 1].End, text.Words[i].Start - text.Words[i - 1].End).Trim(' ').IsEmpty;

    private static bool IsTitleCase(TokenizedText text)
    {
        var long4 = text.Words.Where(w => w.End - w.Start >= 4 && char.IsLetter(text.Original[w.Start])).ToList();
        return long4.Count >= 4 && long4.Count(w => char.IsUpper(text.Original[w.Start])) >= 0.7 * long4.Count;
    }
}
