using Microsoft.Extensions.Options;

namespace Newsjack.Azure.Scoring.Language;

/// <summary>
/// Caps billable text records per fixed UTC window (e.g. each hour), whatever the buzz volume. In memory: a
/// restart starts a fresh window count, which the content-hash cache keeps harmless (nothing is re-billed).
/// </summary>
public sealed class TextRecordBudget(IOptions<LanguageOptions> options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private long _window = -1;
    private int _spent;

    public int Limit => options.Value.MaxTextRecordsPerWindow;

    public int Remaining
    {
        get
        {
            lock (_gate)
            {
                Roll();
                return Limit - _spent;
            }
        }
    }

    /// <summary>Takes <paramref name="records"/> from this window's budget, or nothing when they do not all fit.</summary>
    public bool TryReserve(int records)
    {
        lock (_gate)
        {
            Roll();
            if (_spent + records > Limit)
            {
                return false;
            }

            _spent += records;
            return true;
        }
    }

    /// <summary>Gives back records of a request that failed as a whole (the service bills only answered documents).</summary>
    public void Release(int records)
    {
        lock (_gate)
        {
            _spent = Math.Max(0, _spent - records);
        }
    }

    private void Roll()
    {
        var window = time.GetUtcNow().Ticks / TimeSpan.FromMinutes(options.Value.BudgetWindowMinutes).Ticks;
        if (window != _window)
        {
            _window = window;
            _spent = 0;
        }
    }
}
