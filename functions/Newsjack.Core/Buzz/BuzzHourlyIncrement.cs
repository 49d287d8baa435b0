namespace Newsjack.Core.Buzz;

/// <summary>What a set of new posts adds to one hour bucket of one platform.</summary>
public sealed record BuzzHourlyIncrement(string Hour, string Platform, long Posts, long Likes, long Shares, long Replies);
