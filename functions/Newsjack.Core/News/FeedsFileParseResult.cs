namespace Newsjack.Core.News;

/// <summary>The feeds of a feeds file, or every problem found in it (each naming the file, feed and field).</summary>
public sealed record FeedsFileParseResult(IReadOnlyList<FeedSource> Feeds, IReadOnlyList<string> Errors)
{
    public bool Ok => Errors.Count == 0;
}
