using Microsoft.Extensions.Time.Testing;

namespace Newsjack.Integration.Tests.LocalHost;

/// <summary>A fake clock whose timers fire 1 ms before they are due, as real OS timers sometimes do.</summary>
internal sealed class EarlyTimers(FakeTimeProvider clock) : TimeProvider
{
    private static readonly TimeSpan Early = TimeSpan.FromMilliseconds(1);

    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        clock.CreateTimer(callback, state, dueTime > Early ? dueTime - Early : dueTime, period);
}
