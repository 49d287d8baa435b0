using System.ComponentModel.DataAnnotations;

namespace Newsjack.Cli.LocalHost;

/// <summary>
/// Queue trigger behaviour of the local host, defaulting to our host.json `extensions.queues` so local runs
/// retry and dead-letter like Azure. Tests and the demo shorten the timeouts.
/// </summary>
public sealed class LocalHostOptions
{
    public const string SectionName = "LocalHost";

    /// <summary>Messages fetched and handled in parallel per queue (host.json batchSize).</summary>
    [Range(1, 32)]
    public int QueueBatchSize { get; set; } = 16;

    /// <summary>Delay before a failed message is visible again (host.json visibilityTimeout).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan QueueVisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a message stays hidden while a handler works on it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan QueueMessageLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest wait between polls of an empty queue (host.json maxPollingInterval).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Attempts before a message moves to `&lt;queue&gt;-poison` (host.json maxDequeueCount).</summary>
    [Range(1, 100)]
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>The `adaptivecards` renderer the `/dev/inbox` page loads; unset: found in the checkout's node_modules.</summary>
    public string? AdaptiveCardsScript { get; set; }
}
