namespace Newsjack.Core.Scoring.Report;

/// <summary>Extension to the contract: what alert-fatigue controls did with a card (`send`, `hold`, `skip`).</summary>
public sealed record ScoredDelivery(string Action, DateTimeOffset? NotBefore);
