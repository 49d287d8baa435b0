namespace Newsjack.Core.Buzz;

/// <summary>A stored post and the source it came through: the Event Hub partition id, or `http` for POST /api/buzz.</summary>
public sealed record SourcedBuzzPost(BuzzPost Post, string Partition);
