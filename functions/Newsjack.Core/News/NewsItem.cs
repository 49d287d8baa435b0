namespace Newsjack.Core.News;

/// <summary>One news story as the contract's NewsItem (one JSON object per line in a `.jsonl` file).</summary>
public sealed record NewsItem
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Summary { get; init; }
    public string? Url { get; init; }
    public string? Source { get; init; }
    public required DateTimeOffset PublishedAt { get; init; }
    public string? Language { get; init; }
}
