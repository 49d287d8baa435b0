using Microsoft.Azure.Functions.Worker;
using Newsjack.Azure.Scoring;

namespace Newsjack.Functions.Scoring;

/// <summary>
/// Queue: score the stored topics for every brand, right after each `DetectTopics` run (it sends one message to
/// `SCORE_TOPICS_QUEUE`, the physical name: storage prefix plus `score-topics`, e.g. `nj-score-topics`).
/// Failures retry through host.json `maxDequeueCount`, then land in `{queue}-poison`.
/// </summary>
public sealed class ScoreTopics(ScoreTopicsJob job)
{
    [Function(nameof(ScoreTopics))]
    public Task Run([QueueTrigger("%SCORE_TOPICS_QUEUE%")] string message, CancellationToken cancellationToken) =>
        job.HandleAsync(message, cancellationToken);
}
