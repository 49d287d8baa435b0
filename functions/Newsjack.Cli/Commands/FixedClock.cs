namespace Newsjack.Cli.Commands;

/// <summary>A clock stopped at <c>--now</c>, so stateless commands judge, sign and expire as of that moment.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
