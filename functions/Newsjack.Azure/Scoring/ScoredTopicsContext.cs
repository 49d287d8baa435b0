using Newsjack.Core.News;
using Newsjack.Core.Topics;

namespace Newsjack.Azure.Scoring;

/// <summary>What one `ScoreTopics` run read: its clock, the stored topics by id and their news items by id.</summary>
public sealed record ScoredTopicsContext(DateTimeOffset Now, IReadOnlyDictionary<string, Topic> Topics, IReadOnlyDictionary<string, NewsItem> Items);
