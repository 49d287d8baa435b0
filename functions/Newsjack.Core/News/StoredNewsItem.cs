namespace Newsjack.Core.News;

/// <summary>A stored news item with every outlet that carried it and when it was first and last seen.</summary>
public sealed record StoredNewsItem(NewsItem Item, IReadOnlyList<string> Outlets, DateTimeOffset FirstSeenAt, DateTimeOffset LastSeenAt);
