namespace Newsjack.Core.Topics;

/// <summary>A member's title and unit vector, kept to choose the topic's label.</summary>
public sealed record LabelCandidate(string Title, IReadOnlyDictionary<string, double> Weights);
