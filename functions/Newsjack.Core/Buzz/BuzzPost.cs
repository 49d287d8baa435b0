namespace Newsjack.Core.Buzz;

/// <summary>One social post as the contract's BuzzPost (the body of one Event Hub event).</summary>
public sealed record BuzzPost
{
    public required string Id { get; init; }
    public required string Platform { get; init; }
    public required string Text { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public string? Author { get; init; }
    public long? AuthorFollowers { get; init; }
    public long? Likes { get; init; }
    public long? Shares { get; init; }
    public long? Replies { get; init; }
    public string? Lang { get; init; }
    public string? Url { get; init; }
}
