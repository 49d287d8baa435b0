using System.Diagnostics;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Newsjack.Azure.Hosting;
using Newsjack.Azure.Telemetry;

namespace Newsjack.Cli.LocalHost;

/// <summary>
/// Polls one queue for one handler with the Functions queue trigger's rules: batches handled in parallel,
/// back-off to <see cref="LocalHostOptions.MaxPollingInterval"/> while empty, delete on success, hide for
/// <see cref="LocalHostOptions.QueueVisibilityTimeout"/> on failure, and move to `&lt;queue&gt;-poison` after
/// <see cref="LocalHostOptions.MaxDequeueCount"/> attempts.
/// </summary>
public sealed class QueuePump(
    IQueueMessageHandler handler, QueueClient queue, QueueClient poison, LocalHostOptions options,
    TimeProvider time, LocalHostActivity activity, Func<ActivityContext?, StageRun> startStage, ILogger logger)
{
    private static readonly TimeSpan MinPollingInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Polls until <paramref name="stopPolling"/>; handlers see only <paramref name="abortWork"/>, so a stop lets them finish.</summary>
    public async Task RunAsync(CancellationToken stopPolling, CancellationToken abortWork)
    {
        activity.QueueWatched(queue.Name);
        var delay = MinPollingInterval;
        while (!stopPolling.IsCancellationRequested)
        {
            try
            {
                await queue.CreateIfNotExistsAsync(cancellationToken: stopPolling);
                QueueMessage[] batch = await queue.ReceiveMessagesAsync(options.QueueBatchSize, options.QueueMessageLease, stopPolling);
                if (batch.Length > 0)
                {
                    await Task.WhenAll(batch.Select(message => HandleAsync(message, abortWork)));
                    delay = MinPollingInterval;
                    continue;
                }

                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.MaxPollingInterval.Ticks));
            }
            catch (OperationCanceledException) when (stopPolling.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Storage down or throttling: keep the host up and try again at the slowest polling rate.
                delay = options.MaxPollingInterval;
                LocalHostLog.PollFailed(logger, queue.Name, delay, ex);
            }

            try
            {
                await Task.Delay(delay, time, stopPolling);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task HandleAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        activity.MessageStarted(queue.Name);
        if (message.DequeueCount > options.MaxDequeueCount)
        {
            // Already over the limit (e.g. the host died while handling it): don't try again.
            await MoveToPoisonAsync(message, cancellationToken);
            return;
        }

        // One span and one latency measurement per attempt, as the Functions host records one invocation per attempt.
        var body = message.Body.ToString();
        using var run = startStage(QueueTrace.Of(body).Parent);
        try
        {
            await handler.HandleAsync(body, cancellationToken);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            activity.MessageHandled(queue.Name);
            LocalHostLog.MessageHandled(logger, queue.Name, message.MessageId, message.DequeueCount);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown timeout: abandon; the message reappears when its lease ends.
            run.Cancelled();
            activity.MessageFailed(queue.Name, poisoned: false);
        }
        catch (Exception ex) when (message.DequeueCount >= options.MaxDequeueCount)
        {
            run.Failed(ex);
            LocalHostLog.MessageFailed(logger, queue.Name, message.MessageId, message.DequeueCount, options.MaxDequeueCount, TimeSpan.Zero, ex);
            await MoveToPoisonAsync(message, cancellationToken);
        }
        catch (Exception ex)
        {
            run.Failed(ex);
            LocalHostLog.MessageFailed(logger, queue.Name, message.MessageId, message.DequeueCount, options.MaxDequeueCount, options.QueueVisibilityTimeout, ex);
            activity.MessageFailed(queue.Name, poisoned: false);
            await RetryLaterAsync(message, cancellationToken);
        }
    }

    private async Task RetryLaterAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: options.QueueVisibilityTimeout, cancellationToken: cancellationToken);
        }
        catch (Exception ex)
        {
            // The lease still expires on its own, so the retry only comes later than intended.
            LocalHostLog.PollFailed(logger, queue.Name, options.QueueMessageLease, ex);
        }
    }

    private async Task MoveToPoisonAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await poison.SendMessageAsync(message.Body, cancellationToken: cancellationToken);
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        }
        catch (Exception ex)
        {
            // The message reappears after its lease and, being over the limit, is moved on its next receipt.
            activity.MessageFailed(queue.Name, poisoned: false);
            LocalHostLog.PollFailed(logger, queue.Name, options.QueueMessageLease, ex);
            return;
        }

        activity.MessageFailed(queue.Name, poisoned: true);
        LocalHostLog.MessagePoisoned(logger, queue.Name, message.MessageId, message.DequeueCount, poison.Name);
    }
}
