namespace Newsjack.Core.News;

/// <summary>One configured news feed: its outlet name (also its storage key), address, language and poll interval.</summary>
public sealed record FeedSource(string Name, Uri Url, string? Language, int PollMinutes);
