using System.Text.Json.Serialization;
using Newsjack.Core.Approvals;
using Newsjack.Core.Approvals.Publishing;
using Newsjack.Core.Brands.Json;
using Newsjack.Core.Buzz;
using Newsjack.Core.News;
using Newsjack.Core.News.Feeds.Output;
using Newsjack.Core.Scoring.Analysis;
using Newsjack.Core.Scoring.Evaluation;
using Newsjack.Core.Scoring.Report;
using Newsjack.Core.Scoring.Risk.Json;
using Newsjack.Core.Topics;

namespace Newsjack.Core.Serialization;

/// <summary>
/// The one source-generated JSON context for contract shapes, queue and table payloads:
/// camelCase names, as every contract format requires.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(NewsItem))]
[JsonSerializable(typeof(BuzzPost))]
[JsonSerializable(typeof(IReadOnlyList<NewsItem>))]
[JsonSerializable(typeof(TextAnalysisResult))]
[JsonSerializable(typeof(BuzzIngestSummary))]
[JsonSerializable(typeof(FeedPollMessage))]
[JsonSerializable(typeof(IReadOnlyList<FeedHealth>))]
[JsonSerializable(typeof(FeedParseOutput))]
[JsonSerializable(typeof(BrandProfileJson))]
[JsonSerializable(typeof(LexiconFileJson))]
[JsonSerializable(typeof(SensitiveDatesJson))]
[JsonSerializable(typeof(SentimentWordsJson))]
[JsonSerializable(typeof(RivalryJson))]
[JsonSerializable(typeof(ScoringLabel))]
[JsonSerializable(typeof(ScoreReport))]
[JsonSerializable(typeof(Topic))]
[JsonSerializable(typeof(IReadOnlyList<Topic>))]
[JsonSerializable(typeof(StoryClustererState))]
[JsonSerializable(typeof(TopicsReport))]
[JsonSerializable(typeof(TopicMomentum))]
[JsonSerializable(typeof(IReadOnlyList<TopicSamplePost>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(Newsjack.Core.Topics.Trends.TrendThroughputReport))]
[JsonSerializable(typeof(PublishPayload))]
[JsonSerializable(typeof(AuditEntry))]
[JsonSerializable(typeof(AuditAction))]
[JsonSerializable(typeof(IReadOnlyList<AuditEntry>))]
public sealed partial class NewsjackJsonContext : JsonSerializerContext;
