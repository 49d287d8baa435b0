namespace Newsjack.Core.News.Feeds.Dates;

/// <summary>Greek RFC 822 dates (`Κυρ, 11 Ιούλ 2004 12:00:00 EST`): day and month names translated to English.</summary>
internal static class GreekDate
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["Ιαν"] = "Jan", ["Φεβ"] = "Feb", ["Μάώ"] = "Mar", ["Μαώ"] = "Mar", ["Απρ"] = "Apr", ["Μάι"] = "May",
        ["Μαϊ"] = "May", ["Μαι"] = "May", ["Ιούν"] = "Jun", ["Ιον"] = "Jun", ["Ιούλ"] = "Jul", ["Ιολ"] = "Jul",
        ["Αύγ"] = "Aug", ["Αυγ"] = "Aug", ["Σεπ"] = "Sep", ["Οκτ"] = "Oct", ["Νοέ"] = "Nov", ["Νοε"] = "Nov",
        ["Δεκ"] = "Dec", ["Κυρ"] = "Sun", ["Δευ"] = "Mon", ["Τρι"] = "Tue", ["Τετ"] = "Wed", ["Πεμ"] = "Thu",
        ["Παρ"] = "Fri", ["Σαβ"] = "Sat",
    };

    public static string ToEnglish(string text)
    {
        if (text.All(char.IsAscii))
        {
            return text;
        }

        var tokens = text.Split(' ');
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = tokens[i].TrimEnd(',');
            if (Names.TryGetValue(word, out var english))
            {
                tokens[i] = english + tokens[i][word.Length..];
            }
        }

        return string.Join(' ', tokens);
    }
}
