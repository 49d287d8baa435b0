namespace Newsjack.Core.Scoring.Decisions;

/// <summary>The delivery verdict with its reason; <see cref="NotBefore"/> is set when held.</summary>
public sealed record Delivery(DeliveryAction Action, string Reason, DateTimeOffset? NotBefore = null);
