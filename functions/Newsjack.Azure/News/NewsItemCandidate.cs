using Newsjack.Core.News;

namespace Newsjack.Azure.News;

/// <summary>One entry of a polled feed, ready to store: the item, its feed guid (a second dedupe key) and whether its date was guessed.</summary>
public sealed record NewsItemCandidate(NewsItem Item, string? EntryGuid, bool PublishedAtEstimated);
