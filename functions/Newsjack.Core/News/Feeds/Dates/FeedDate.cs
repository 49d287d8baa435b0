namespace Newsjack.Core.News.Feeds.Dates;

/// <summary>
/// Parses the date formats feeds use: W3C-DTF / ISO 8601, RFC 822 / 1123 and their common mistakes, asctime,
/// Perforce, and the Greek, Hungarian and Korean forms feedparser knows. A missing zone means UTC.
/// Returns null for anything it cannot read with certainty.
/// </summary>
public static class FeedDate
{
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (trimmed.Length > 80)
        {
            return null;
        }

        return W3cDate.Parse(trimmed)
            ?? TwoDigitYearIsoDate.Parse(trimmed)
            ?? KoreanDate.Parse(trimmed)
            ?? PerforceDate.Parse(trimmed)
            ?? HungarianDate.Parse(trimmed)
            ?? Rfc822Date.Parse(GreekDate.ToEnglish(trimmed));
    }
}
