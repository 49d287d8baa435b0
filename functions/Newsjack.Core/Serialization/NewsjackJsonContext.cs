using System.Text.Json.Serialization;
using Newsjack.Core.Approvals;
using Newsjack.Core.Approvals.Publishing;
using Newsjack.Core.Buzz;
using Newsjack.Core.News;
using Newsjack.Core.News.Feeds.Output;
using Newsjack.Core.Scoring.Analysis;
using Newsjack.Core.Scoring.Evaluation;
using Newsjack.Core.Scoring.Report;
using Newsjack.Core.Topics;

namespace Newsjack.Core.Serialization;

/// <summary>
/// The source-generated JSON context for contract shapes, queue and table payloads: camelCase names, as every
/// contract format requires. It lists every stage's payloads, so it sits above the stages: the edges (Azure, CLI,
/// Functions) read and write through it, no Core stage does. A stage's own data files have the stage's context
/// (Brands.Json, Scoring.Risk.Json), or Serialization and that stage would import each other.
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
[JsonSerializable(typeof(ScoreTopicsMessage))]
[JsonSerializable(typeof(IReadOnlyList<FeedHealth>))]
[JsonSerializable(typeof(FeedParseOutput))]
[JsonSerializable(typeof(ScoringLabel))]
[JsonSerializable(typeof(ScoreReport))]
[JsonSerializable(typeof(Topic))]
[JsonSerializable(typeof(IReadOnlyList<Topic>))]
[JsonSerializable(typeof(StoryClustererState))]
[JsonSerializable(typeof(TopicsReport))]
[JsonSerializable(typeof(TopicMomentum))]
[JsonSerializable(typeof(IReadOnlyList<TopicSamplePost>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(PublishPayload))]
[JsonSerializable(typeof(PublishMessage))]
[JsonSerializable(typeof(Newsjack.Core.Approvals.Report.BrandReport))]
[JsonSerializable(typeof(Newsjack.Core.Approvals.Report.ReportProblem))]
[JsonSerializable(typeof(AuditEntry))]
[JsonSerializable(typeof(AuditAction))]
[JsonSerializable(typeof(IReadOnlyList<AuditEntry>))]
public sealed partial class NewsjackJsonContext : JsonSerializerContext;
