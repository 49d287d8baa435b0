using Newsjack.Core.Buzz;
using Newsjack.Core.News;

namespace Newsjack.Azure.Topics;

/// <summary>
/// The window's items (table order) and posts (oldest first), as a full read would return them, and how many rows
/// this read actually fetched from storage (new, updated or late since the previous read).
/// </summary>
public sealed record TopicWindowRead(IReadOnlyList<StoredNewsItem> Items, IReadOnlyList<SourcedBuzzPost> Posts, int ItemsFetched, int PostsFetched);
