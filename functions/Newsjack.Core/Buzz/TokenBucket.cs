namespace Newsjack.Core.Buzz;

/// <summary>
/// Paces work to <c>ratePerSecond</c> tokens a second, allowing bursts up to <c>capacity</c>. Taking more
/// than is available goes into debt and waits until it is paid back, so the long-run rate holds exactly.
/// </summary>
public sealed class TokenBucket
{
    private readonly double _rate;
    private readonly double _capacity;
    private readonly TimeProvider _time;
    private double _tokens;
    private long _last;

    public TokenBucket(double ratePerSecond, double capacity, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ratePerSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        ArgumentNullException.ThrowIfNull(time);
        (_rate, _capacity, _time, _tokens) = (ratePerSecond, capacity, time, capacity);
        _last = time.GetTimestamp();
    }

    public async Task TakeAsync(int tokens, CancellationToken cancellationToken)
    {
        var now = _time.GetTimestamp();
        _tokens = Math.Min(_capacity, _tokens + (_time.GetElapsedTime(_last, now).TotalSeconds * _rate));
        _last = now;
        _tokens -= tokens;
        if (_tokens < 0)
        {
            await Task.Delay(TimeSpan.FromSeconds(-_tokens / _rate), _time, cancellationToken);
        }
    }
}
