using Newsjack.Core.Serialization;

namespace Newsjack.Core.News;

/// <summary>The `feed-polls` queue message: poll the feed with this name (<c>{ "feed": "Example Wire" }</c>).</summary>
public sealed record FeedPollMessage(string Feed) : TracedQueueMessage;
