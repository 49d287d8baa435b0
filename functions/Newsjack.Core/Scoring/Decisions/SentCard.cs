namespace Newsjack.Core.Scoring.Decisions;

/// <summary>A card already sent (or queued) to a brand: the history alert-fatigue controls look at.</summary>
public sealed record SentCard(string BrandId, string TopicId, string TopicLabel, DateTimeOffset SentAt, double? MomentumSigma);
