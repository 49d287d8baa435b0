using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Newsjack.Core.Serialization;
using Newsjack.Core.Topics;

namespace Newsjack.Azure.Topics;

/// <summary>
/// A topic as a `topics` row: PartitionKey = UTC day of its last activity (`yyyyMMdd`), RowKey = topic id;
/// scalar columns for what queries filter or sort on, JSON columns for lists and momentum.
/// </summary>
public static class TopicRows
{
    private static readonly string[] ContentColumns =
        ["Label", "Origin", "KeyTerms", "Hashtags", "ItemIds", "ItemCount", "DuplicateItemIds", "PostCount", "Outlets", "FirstSeen", "LastSeen", "Significance", "Momentum", "SamplePosts"];

    public static string DayOf(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static TableEntity ToEntity(Topic topic, int maxItemIds)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var strings = NewsjackJsonContext.Default.IReadOnlyListString;
        return new TableEntity(DayOf(topic.LastSeen), topic.Id)
        {
            ["Label"] = topic.Label,
            ["Origin"] = topic.Origin == TopicOrigin.Social ? "social" : "news",
            ["KeyTerms"] = JsonSerializer.Serialize(topic.KeyTerms, strings),
            ["Hashtags"] = JsonSerializer.Serialize(topic.Hashtags, strings),
            ["ItemIds"] = JsonSerializer.Serialize(topic.ItemIds.Take(maxItemIds).ToList(), strings),
            ["ItemCount"] = topic.ItemIds.Count,
            ["DuplicateItemIds"] = JsonSerializer.Serialize(topic.DuplicateItemIds.Take(maxItemIds).ToList(), strings),
            ["PostCount"] = topic.PostCount,
            ["Outlets"] = JsonSerializer.Serialize(topic.Outlets, strings),
            ["FirstSeen"] = topic.FirstSeen.ToUniversalTime(),
            ["LastSeen"] = topic.LastSeen.ToUniversalTime(),
            ["Significance"] = topic.Momentum?.Significance ?? 0,
            ["Momentum"] = topic.Momentum is null ? null : JsonSerializer.Serialize(topic.Momentum, NewsjackJsonContext.Default.TopicMomentum),
            ["SamplePosts"] = JsonSerializer.Serialize(topic.SamplePosts, NewsjackJsonContext.Default.IReadOnlyListTopicSamplePost),
        };
    }

    /// <summary>The topic as stored; <see cref="Topic.ItemIds"/> holds at most the capped ids (ItemCount has them all).</summary>
    public static Topic ToTopic(TableEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new Topic
        {
            Id = row.RowKey,
            Label = row.GetString("Label") ?? row.RowKey,
            Origin = row.GetString("Origin") == "social" ? TopicOrigin.Social : TopicOrigin.News,
            KeyTerms = Strings(row, "KeyTerms"),
            Hashtags = Strings(row, "Hashtags"),
            ItemIds = Strings(row, "ItemIds"),
            DuplicateItemIds = Strings(row, "DuplicateItemIds"),
            PostCount = row.GetInt32("PostCount") ?? 0,
            Outlets = Strings(row, "Outlets"),
            FirstSeen = row.GetDateTimeOffset("FirstSeen") ?? default,
            LastSeen = row.GetDateTimeOffset("LastSeen") ?? default,
            Momentum = row.GetString("Momentum") is { } momentum ? JsonSerializer.Deserialize(momentum, NewsjackJsonContext.Default.TopicMomentum) : null,
            SamplePosts = row.GetString("SamplePosts") is { } samples
                ? JsonSerializer.Deserialize(samples, NewsjackJsonContext.Default.IReadOnlyListTopicSamplePost) ?? [] : [],
        };
    }

    /// <summary>
    /// Whether a stored row already holds this content, so a run with nothing new writes nothing. Momentum read at a later
    /// moment with the same numbers is the same: its time and the closing estimate drawn from it stay as first written.
    /// </summary>
    public static bool SameContent(TableEntity stored, TableEntity fresh)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(fresh);
        return stored.PartitionKey == fresh.PartitionKey
            && ContentColumns.All(c => c == "Momentum" ? SameMomentum(stored.GetString(c), fresh.GetString(c)) : Same(Value(stored, c), Value(fresh, c)));
    }

    private static bool SameMomentum(string? stored, string? fresh)
    {
        if (stored == fresh)
        {
            return true;
        }

        return Numbers(stored) is { } a && Numbers(fresh) is { } b && a == b;
    }

    private static TopicMomentum? Numbers(string? json) =>
        json is null ? null
            : JsonSerializer.Deserialize(json, NewsjackJsonContext.Default.TopicMomentum) is { } momentum
                ? momentum with { At = default, WindowClosesAt = default, Explanations = NoExplanations }
                : null;

    private static readonly IReadOnlyList<string> NoExplanations = [];

    private static bool Same(object? stored, object? fresh) => (stored, fresh) switch
    {
        (DateTimeOffset a, DateTimeOffset b) => a.UtcTicks == b.UtcTicks,
        (DateTime a, DateTimeOffset b) => a.ToUniversalTime().Ticks == b.UtcTicks,
        _ => Equals(stored, fresh),
    };

    private static object? Value(TableEntity row, string column) => row.TryGetValue(column, out var value) ? value : null;

    private static IReadOnlyList<string> Strings(TableEntity row, string column) =>
        row.GetString(column) is { } json ? JsonSerializer.Deserialize(json, NewsjackJsonContext.Default.IReadOnlyListString) ?? [] : [];
}
