using Newsjack.Core.Cards.Delivery;

namespace Newsjack.Cli.LocalHost;

/// <summary>
/// Stands in for Teams channels on a developer's machine: takes Workflows-style webhook posts, checks each the way
/// the Workflows flow would (<see cref="WorkflowsEnvelopeCheck"/>) and keeps the newest <see cref="Capacity"/>
/// posts, refused ones with their reason, for the `/dev/inbox` page. In memory on purpose: it is Teams that it
/// fakes, not storage, and a restarted host starts with an empty inbox as a fresh channel would. Thread-safe.
/// </summary>
public sealed class DevTeamsInbox(TimeProvider time)
{
    public const int Capacity = 500;

    private readonly Lock _gate = new();
    private readonly LinkedList<DevInboxEntry> _entries = new();
    private long _sequence;

    /// <summary>Checks and records one post; the entry says whether it was accepted and, if not, why.</summary>
    public DevInboxEntry Receive(string channel, string body, string? problem = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(body);
        problem ??= WorkflowsEnvelopeCheck.Problem(body);
        lock (_gate)
        {
            var entry = new DevInboxEntry(++_sequence, channel, time.GetUtcNow(), problem is null ? body : "", problem);
            _entries.AddFirst(entry);
            while (_entries.Count > Capacity)
            {
                _entries.RemoveLast();
            }

            return entry;
        }
    }

    /// <summary>Posts newest first, accepted and refused, optionally for one channel.</summary>
    public IReadOnlyList<DevInboxEntry> Entries(string? channel = null)
    {
        lock (_gate)
        {
            return [.. _entries.Where(e => channel is null || string.Equals(e.Channel, channel, StringComparison.Ordinal))];
        }
    }
}
