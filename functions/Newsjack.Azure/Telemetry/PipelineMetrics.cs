using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Newsjack.Azure.Telemetry;

/// <summary>
/// The pipeline's counters and the stage-latency histogram, on a meter from the host's <see cref="IMeterFactory"/>
/// (one per service provider, so a test's listener sees only its own host). Dimensions are low-cardinality only:
/// stage, source, outcome; ids go on spans and logs (<see cref="Correlation"/>).
/// </summary>
public sealed class PipelineMetrics
{
    private readonly TimeProvider _time;
    private readonly Counter<long> _ingested;
    private readonly Counter<long> _deadLettered;
    private readonly Counter<long> _topics;
    private readonly Counter<long> _cardsSent;
    private readonly Counter<long> _cardsDecided;
    private readonly Counter<long> _cardsPublished;
    private readonly Histogram<double> _stageDuration;

    public PipelineMetrics(IMeterFactory meters, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _time = time;
        var meter = meters.Create(PipelineTelemetry.Name);
        _ingested = meter.CreateCounter<long>("newsjack.items.ingested", "{item}", "News items and buzz posts stored for the first time");
        _deadLettered = meter.CreateCounter<long>("newsjack.events.dead_lettered", "{event}", "Buzz events kept as dead letters and queue messages moved to a poison queue");
        _topics = meter.CreateCounter<long>("newsjack.topics.updated", "{topic}", "Topic rows written new or changed by DetectTopics");
        _cardsSent = meter.CreateCounter<long>("newsjack.cards.sent", "{card}", "Cards posted to Teams (outcome accepted) or given up on (outcome failed)");
        _cardsDecided = meter.CreateCounter<long>("newsjack.cards.decided", "{card}", "Cards approved, rejected or expired");
        _cardsPublished = meter.CreateCounter<long>("newsjack.cards.published", "{card}", "Approved cards published, dry-run published or failed");
        _stageDuration = meter.CreateHistogram(
            "newsjack.stage.duration",
            "s",
            "How long one run of a stage (timer job, queue message, HTTP request) took",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300] });
    }

    public void Ingested(string source, int count) => Add(_ingested, count, "newsjack.source", source);

    public void DeadLettered(string source, int count) => Add(_deadLettered, count, "newsjack.source", source);

    public void TopicsUpdated(int count) => Add(_topics, count, PipelineTelemetry.StageTag, "DetectTopics");

    public void CardSent(string outcome) => Add(_cardsSent, 1, PipelineTelemetry.OutcomeTag, outcome);

    public void CardDecided(string decision) => Add(_cardsDecided, 1, "newsjack.decision", decision);

    public void CardPublished(string outcome) => Add(_cardsPublished, 1, PipelineTelemetry.OutcomeTag, outcome);

    /// <summary>Starts a span for one run of <paramref name="stage"/>, under <paramref name="parent"/> when a queue message named one; disposing it records the run's latency.</summary>
    public StageRun StartStage(string stage, ActivityContext? parent = null) => new(stage, this, _time, parent);

    internal void StageEnded(string stage, string outcome, TimeSpan elapsed) =>
        _stageDuration.Record(
            elapsed.TotalSeconds,
            new KeyValuePair<string, object?>(PipelineTelemetry.StageTag, stage),
            new KeyValuePair<string, object?>(PipelineTelemetry.OutcomeTag, outcome));

    private static void Add(Counter<long> counter, int count, string tag, string value)
    {
        if (count > 0)
        {
            counter.Add(count, new KeyValuePair<string, object?>(tag, value));
        }
    }
}
