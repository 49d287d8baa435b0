using Newsjack.Core.News;

namespace Newsjack.Azure.News;

/// <summary>Between the table shape of a news item and the domain records.</summary>
internal static class NewsItemEntityMapping
{
    /// <summary>Table string properties hold at most 32 K characters; summaries longer than this are cut.</summary>
    private const int MaxText = 8000;

    public static NewsItemEntity ToEntity(NewsItemCandidate candidate, string bucket, string itemId, string outlet, DateTimeOffset now) => new()
    {
        PartitionKey = bucket,
        RowKey = itemId,
        Title = Cut(candidate.Item.Title) ?? "",
        Summary = Cut(candidate.Item.Summary),
        Url = Cut(candidate.Item.Url),
        EntryGuid = Cut(candidate.EntryGuid),
        PublishedAt = candidate.Item.PublishedAt,
        PublishedAtEstimated = candidate.PublishedAtEstimated,
        Language = candidate.Item.Language,
        Source = outlet,
        Outlets = outlet,
        OutletCount = 1,
        FirstSeenAt = now,
        LastSeenAt = now,
    };

    public static StoredNewsItem ToStored(NewsItemEntity entity) => new(
        new NewsItem
        {
            Id = entity.RowKey,
            Title = entity.Title,
            Summary = entity.Summary,
            Url = entity.Url,
            Source = entity.Source,
            PublishedAt = entity.PublishedAt,
            Language = entity.Language,
        },
        OutletList.Parse(entity.Outlets),
        entity.FirstSeenAt,
        entity.LastSeenAt);

    private static string? Cut(string? text) => text is { Length: > MaxText } ? text[..MaxText] : text;
}
