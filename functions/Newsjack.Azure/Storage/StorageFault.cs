using System.Net.Sockets;
using Azure;

namespace Newsjack.Azure.Storage;

/// <summary>
/// Tells a storage fault that goes away by itself (unreachable, timed out, busy, a write race lost) from a bug.
/// The SDK retries first and then throws what it saw (an <see cref="AggregateException"/> of its attempts), so
/// the whole chain is read. Hosts answer a transient fault with 503 and Retry-After, anything else with 500.
/// </summary>
public static class StorageFault
{
    /// <summary>How long a caller should wait when storage gave no hint: about one SDK retry round.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>True when <paramref name="exception"/> (or every failure it wraps) is storage being unavailable for now.</summary>
    public static bool IsTransient(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsTransient),
            RequestFailedException failed => failed.Status is 0 or 408 or 409 or 412 or 429 or >= 500
                || (failed.InnerException is { } inner && IsTransient(inner)),
            HttpRequestException or SocketException or IOException or TimeoutException => true,
            // The SDK's own network timeout, not a caller's cancellation.
            OperationCanceledException { InnerException: TimeoutException } => true,
            _ => false,
        };
    }

    /// <summary>The wait storage asked for (a 503 or 429's Retry-After), else <see cref="DefaultRetryAfter"/>; whole seconds, at least one.</summary>
    public static TimeSpan RetryAfter(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var asked = Failures(exception)
            .Select(f => f.GetRawResponse()?.Headers.TryGetValue("Retry-After", out var value) == true
                && int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                    ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null)
            .FirstOrDefault(t => t is not null);
        var wait = asked ?? DefaultRetryAfter;
        return wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait;
    }

    private static IEnumerable<RequestFailedException> Failures(Exception exception) => exception switch
    {
        AggregateException aggregate => aggregate.InnerExceptions.SelectMany(Failures),
        RequestFailedException failed => [failed],
        _ => [],
    };
}
