using Newsjack.Core.Text;

namespace Newsjack.Core.Scoring.Risk;

/// <summary>
/// Finds the proper names a story is about, for story context: runs of two or more capitalised words in
/// sentence-case text ("Mara Quill", "Pacifica Airlines", "Storm Hilda") and identifiers with digits ("Flight 5107",
/// "PA88"). In a title-case sentence, where every word is capitalised (most headlines), a capitalised word is part of
/// a name only when the window never writes it in lower case ("Soul Singer Odessa Lune Dies At 34" names "Odessa
/// Lune": "singer", "dies" and "at" are written in lower case elsewhere); without that knowledge such a sentence
/// gives no names. Single plain words are left out of names: a city or a first word says too little to tie two
/// stories together (with singles they are kept, for settings).
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

    /// <summary>
    /// Names as lower-case word sequences, possessives removed, each once. <paramref name="common"/> (words the window
    /// writes in lower case) lets title-case sentences give names too. With <paramref name="singles"/> a single word
    /// is a name too when the window never writes it in lower case and it does not merely start a sentence ("Russia",
    /// "Ukrainian", "Kesh"): the places, peoples and groups a story is set among.
    /// </summary>
    public static IReadOnlyList<string[]> Find(TokenizedText text, IReadOnlySet<string>? common = null, bool singles = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var names = new List<string[]>();
        foreach (var (from, to) in Sentences(text))
        {
            var titleCase = IsTitleCase(text, from, to);
            if (titleCase && common is null)
            {
                continue;
            }

            var run = new List<string>();
            var hasDigit = false;
            var atStart = false;
            var single = false;
            for (var i = from; i < to; i++)
            {
                var word = text.Words[i];
                // "Flight 5107" stays a name in a title-case headline: a word before a number names the number.
                var capitalised = Capitalised(text, i) && (!(titleCase && IsCommon(word, common!)) || (i + 1 < to && char.IsDigit(text.Words[i + 1].Text[0])));
                var joins = capitalised || (run.Count > 0 && char.IsDigit(word.Text[0]));
                if (run.Count > 0 && (!joins || !Adjacent(text, i)))
                {
                    Flush(names, run, hasDigit, atStart, single);
                    hasDigit = false;
                }

                if (!joins)
                {
                    continue;
                }

                if (run.Count == 0)
                {
                    atStart = StartsSentence(text, i);
                    single = singles && common is not null && !IsCommon(word, common) && (titleCase || !atStart)
                        && !PartOfLongerName(text, i, from, to);
                }

                run.Add(Plain(word.Text));
                hasDigit |= word.Text.Any(char.IsDigit);
                if (word.Text.EndsWith("'s", StringComparison.Ordinal))
                {
                    Flush(names, run, hasDigit, atStart, single);
                    hasDigit = false;
                }
            }

            Flush(names, run, hasDigit, atStart, single);
        }

        return names;
    }

    /// <summary>The words (and their stems) a text writes in lower case, into <paramref name="into"/>.</summary>
    public static void AddLowerCaseWords(TokenizedText text, HashSet<string> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(into);
        for (var i = 0; i < text.Words.Count; i++)
        {
            if (char.IsLower(text.Original[text.Words[i].Start]))
            {
                into.Add(Plain(text.Words[i].Text));
                into.Add(text.Words[i].Stem);
            }
        }
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

    /// <summary>
    /// Whether a lower-case word names a place or its people: "russia", "russian", "russia's"; "ukrainian" for
    /// "ukraine", "pakistani" for "pakistan".
    /// </summary>
    public static bool IsPlaceOrPeople(string word, string place)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(place);
        word = Plain(word);
        if (word == place)
        {
            return true;
        }

        var stem = place.TrimEnd('a', 'e', 'i', 'o', 'u');
        return stem.Length >= 3 && word.StartsWith(stem, StringComparison.Ordinal)
            && word[stem.Length..] is "n" or "an" or "ian" or "ns" or "ans" or "ians" or "i" or "is";
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

    private static void Flush(List<string[]> names, List<string> run, bool hasDigit, bool atStart, bool single)
    {
        // A sentence's first word is capitalised anyway: "Actor Dev Okafor" is about "Dev Okafor".
        var kept = run.Skip(atStart && run.Count >= 3 ? 1 : 0).Where(w => !NotNames.Contains(w)).ToArray();
        single &= run.Count == 1;
        run.Clear();
        // A lone number is a year or a count ("January 2020"), not a flight.
        if ((kept.Length >= 2 || (kept.Length == 1 && ((hasDigit && !kept[0].All(char.IsDigit)) || (single && char.IsLetter(kept[0][0]))) && kept[0].Length >= 3)) && !names.Any(n => n.SequenceEqual(kept)))
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

    // A word of the window's lower-case vocabulary, in any form ("Dies" when "died" is written), or a stop word.
    private static bool IsCommon(Word word, IReadOnlySet<string> common) =>
        NotNames.Contains(Plain(word.Text)) || common.Contains(Plain(word.Text)) || common.Contains(word.Stem)
        || VictimVerbs.Contains(word.Text) || StopWords.Contains(Plain(word.Text), TextLanguage.English);

    // "Angeles" in "Los Angeles" or "Crash" in "Lagos Crash Site": a capitalised neighbour that is not a stop word.
    private static bool PartOfLongerName(TokenizedText text, int i, int from, int to)
    {
        bool Joined(int j) => Capitalised(text, j) && Adjacent(text, Math.Max(i, j)) && !StopWords.Contains(Plain(text.Words[j].Text), TextLanguage.English);
        return (i > from && Joined(i - 1)) || (i + 1 < to && !text.Words[i].Text.EndsWith("'s", StringComparison.Ordinal) && Joined(i + 1));
    }

    // Word ranges [from, to) of the sentences of a text: a title and its summary are judged apart.
    private static IEnumerable<(int From, int To)> Sentences(TokenizedText text)
    {
        var from = 0;
        for (var i = 1; i < text.Words.Count; i++)
        {
            var before = text.Original.AsSpan(0, text.Words[i].Start).TrimEnd(" \"'\u2018\u201c(");
            if (!before.IsEmpty && ".!?".Contains(before[^1]))
            {
                yield return (from, i);
                from = i;
            }
        }

        yield return (from, text.Words.Count);
    }

    private static bool IsTitleCase(TokenizedText text, int from, int to)
    {
        var long4 = Enumerable.Range(from, to - from).Select(i => text.Words[i]).Where(w => w.End - w.Start >= 4 && char.IsLetter(text.Original[w.Start])).ToList();
        return long4.Count >= 3 && long4.Count(w => char.IsUpper(text.Original[w.Start])) >= 0.7 * long4.Count;
    }
}
