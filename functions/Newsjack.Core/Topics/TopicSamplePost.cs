namespace Newsjack.Core.Topics;

/// <summary>One attached post kept as a sample; <see cref="Engagement"/> = likes + 2 × shares + replies.</summary>
public sealed record TopicSamplePost(string Id, string Platform, string Text, DateTimeOffset CreatedAt, long Engagement, string? Url);
