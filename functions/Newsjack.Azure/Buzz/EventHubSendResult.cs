namespace Newsjack.Azure.Buzz;

/// <summary>What one <see cref="EventHubBuzzSender.SendAsync"/> did: events and batches sent, and the lines (indexes into the input) too large for any batch.</summary>
public sealed record EventHubSendResult(int Sent, int Batches, IReadOnlyList<int> TooLarge);
