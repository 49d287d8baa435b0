using System.Text.Json;
using Newsjack.Core.News.Feeds.Dates;
using Newsjack.Core.News.Feeds.Text;

namespace Newsjack.Core.News.Feeds.Json;

/// <summary>
/// One JSON Feed item: link `url` (else `external_url`), date `date_published` (else `date_modified`),
/// summary `summary`, else `content_text`, else `content_html` reduced to text. Titles are plain text by the spec.
/// </summary>
internal static class JsonFeedItem
{
    public static FeedEntry Read(JsonElement item)
    {
        var title = PlainText.Collapse(Text(item, "title"));
        var link = (Text(item, "url") ?? Text(item, "external_url"))?.Trim();
        var guid = Text(item, "id")?.Trim();
        var published = FeedDate.Parse(Text(item, "date_published")) ?? FeedDate.Parse(Text(item, "date_modified"));
        var summary = PlainText.Collapse(Text(item, "summary"))
            ?? PlainText.Collapse(Text(item, "content_text"))
            ?? HtmlText.ToPlainText(Text(item, "content_html"));
        return new FeedEntry(FeedEntryId.Create(link, guid, title, published), title, string.IsNullOrEmpty(link) ? null : link, published, summary, guid);
    }

    /// <summary>A string property (numbers accepted too: some feeds write numeric ids), else null.</summary>
    public static string? Text(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }
}
