namespace Newsjack.Core.Buzz;

/// <summary>
/// Validates and dedupes one batch without any I/O: every event gets an outcome, a broken event never
/// affects the others, and nothing here throws for bad input.
/// </summary>
public static class BuzzBatchProcessor
{
    public static BuzzBatchOutcome Process(BuzzBatch batch, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var count = batch.Events.Count;
        var outcomes = new BuzzEventOutcome[count];
        var accepted = new List<AcceptedBuzzPost>(count);
        var seen = new HashSet<string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var transport = BuzzKeys.Transport(batch.PartitionId, i < batch.SequenceNumbers.Count ? batch.SequenceNumbers[i] : i);
            if (batch.EncodingErrors?.TryGetValue(i, out var encodingError) == true)
            {
                outcomes[i] = new BuzzEventOutcome(i, BuzzEventStatus.Rejected, transport, null, encodingError);
                continue;
            }

            var read = ReadOne(batch.Events[i]);
            if (read.Post is not { } post)
            {
                outcomes[i] = new BuzzEventOutcome(i, BuzzEventStatus.Rejected, transport, null, read.Error);
                continue;
            }

            var key = BuzzKeys.Content(post);
            outcomes[i] = Judge(i, post, transport, key, receivedAt, seen);
            if (outcomes[i].Status == BuzzEventStatus.Accepted)
            {
                accepted.Add(new AcceptedBuzzPost(i, post, key, BuzzKeys.Hour(post.CreatedAt)));
            }
        }

        return new BuzzBatchOutcome(outcomes, accepted, BuzzHourlyCounter.Count(accepted));
    }

    /// <summary>Catch per event: whatever goes wrong with one body becomes its rejection, never the batch's.</summary>
    private static BuzzReadResult ReadOne(string? body)
    {
        try
        {
            return BuzzEventReader.Read(body ?? string.Empty);
        }
#pragma warning disable CA1031 // a poison event must never stop its batch (Event Hubs checkpoints regardless)
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return BuzzReadResult.Invalid($"unreadable event: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private static BuzzEventOutcome Judge(int index, BuzzPost post, string transport, string key, DateTimeOffset receivedAt, HashSet<string> seen)
    {
        if (post.CreatedAt > receivedAt + BuzzLimits.MaxFutureSkew)
        {
            return new(index, BuzzEventStatus.Rejected, transport, key,
                $"field 'createdAt' ({post.CreatedAt:O}) is more than {BuzzLimits.MaxFutureSkew.TotalHours:0} h after receipt ({receivedAt:O})");
        }

        if (BuzzRetention.IsStale(post.CreatedAt, receivedAt))
        {
            return new(index, BuzzEventStatus.Stale, transport, key,
                $"created {post.CreatedAt:O}, before the {BuzzRetention.PostTtl.TotalHours:0} h post retention window");
        }

        return seen.Add(key)
            ? new(index, BuzzEventStatus.Accepted, transport, key, null)
            : new(index, BuzzEventStatus.Duplicate, transport, key, $"'{key}' repeats an earlier event of this batch");
    }
}
