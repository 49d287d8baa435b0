using Newsjack.Core.Serialization;

namespace Newsjack.Core.Topics;

/// <summary>
/// The `score-topics` queue message: the DetectTopics run that changed topic rows (<c>{"detectedAt":"…"}</c>).
/// ScoreTopics reads the stored topics, not the message, so a bare ISO 8601 time (the earlier body) works the same.
/// </summary>
public sealed record ScoreTopicsMessage(DateTimeOffset DetectedAt) : TracedQueueMessage;
