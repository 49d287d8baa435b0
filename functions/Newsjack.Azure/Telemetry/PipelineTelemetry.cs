using System.Diagnostics;

namespace Newsjack.Azure.Telemetry;

/// <summary>
/// The names the pipeline's spans, metrics and log scopes go by, and the one <see cref="ActivitySource"/> every stage
/// starts its spans from. A topic id and a card id are tags (spans) and scope fields (logs), so one card can be
/// followed from ScoreTopics through DeliverSuggestion, DecideCard and Publish.
/// </summary>
public static class PipelineTelemetry
{
    /// <summary>The ActivitySource and Meter name, as `AddSource`/`AddMeter` and listeners match it.</summary>
    public const string Name = "Newsjack";

    public const string StageTag = "newsjack.stage";

    public const string OutcomeTag = "newsjack.outcome";

    public const string TopicIdTag = "newsjack.topic.id";

    public const string CardIdTag = "newsjack.card.id";

    public const string BrandTag = "newsjack.brand";

    /// <summary>Static, as ActivitySource is meant to be: spans cost nothing while nobody listens.</summary>
    public static readonly ActivitySource Source = new(Name);
}
