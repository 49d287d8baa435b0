using System.Text.Json;
using Newsjack.Core.News;
using Newsjack.Core.Serialization;

namespace Newsjack.Core.Tests.Topics;

/// <summary>The hand-written labelled story set: news items with a `story` label each (extra field, ignored by NewsItem).</summary>
internal static class LabelledStories
{
    public static (IReadOnlyList<NewsItem> Items, IReadOnlyDictionary<string, string> Gold) Load()
    {
        var items = new List<NewsItem>();
        var gold = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Topics", "labelled-stories.jsonl")))
        {
            var item = JsonSerializer.Deserialize(line, NewsjackJsonContext.Default.NewsItem)!;
            using var document = JsonDocument.Parse(line);
            gold[item.Id] = document.RootElement.GetProperty("story").GetString()!;
            items.Add(item);
        }

        return (items, gold);
    }
}
