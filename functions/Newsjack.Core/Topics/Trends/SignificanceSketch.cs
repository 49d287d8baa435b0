using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Newsjack.Core.Topics.Trends;

/// <summary>
/// SigniTrend (Schubert, Weiler, Kriegel, KDD 2014): fixed-memory hashed counters with exponentially weighted
/// mean and variance per bucket. Each term has two buckets (a count-min sketch of depth two) inside one 64-byte
/// block, so counting a term touches one cache line; a term reads the bucket where its count is smallest. One sketch per Event Hub partition;
/// sketches of the same window <see cref="Merge"/> by adding, and <see cref="SignificanceSketchSerializer"/> persists them.
/// </summary>
public sealed class SignificanceSketch
{
    private const int Rows = 2;
    private const int BlockBits = 4;
    private const int MaxCatchUpWindows = 96;
    private const long NotStarted = long.MinValue / 4;
    private readonly int[] _counts;
    private readonly float[] _means;
    private readonly float[] _variances;
    private readonly int _blockMask;
    private readonly float _alpha;

    public SignificanceSketch(TrendOptions? options = null, long windowIndex = NotStarted)
    {
        Options = options ?? new TrendOptions();
        var width = 1 << Options.WidthBits;
        _blockMask = (Rows * width >> BlockBits) - 1;
        _alpha = (float)Options.Alpha;
        _counts = new int[Rows * width];
        _means = new float[Rows * width];
        _variances = new float[Rows * width];
        WindowIndex = windowIndex;
    }

    public TrendOptions Options { get; }

    /// <summary>The window being counted: whole <see cref="TrendOptions.Window"/>s since <see cref="TrendOptions.Origin"/>.</summary>
    public long WindowIndex { get; private set; }

    /// <summary>Windows folded into the moving statistics so far (cold start until <see cref="TrendOptions.WarmupWindows"/>).</summary>
    public int WindowsObserved { get; private set; }

    internal Span<int> Counts => _counts;

    internal Span<float> Means => _means;

    internal Span<float> Variances => _variances;

    public long WindowOf(DateTimeOffset time) => (long)Math.Floor((double)(time.UtcTicks - Options.Origin.UtcTicks) / Options.Window.Ticks);

    public void Observe(ulong hash)
    {
        var (first, second) = Buckets(hash);
        _counts[first]++;
        _counts[second]++;
    }

    /// <summary>
    /// Observes each hash once. All their cache lines are requested first, so a post's ~17 misses into the 4 MB count
    /// array overlap instead of queueing behind each other; the counts are the same as calling <see cref="Observe"/>.
    /// </summary>
    public void ObserveAll(ReadOnlySpan<ulong> hashes)
    {
        if (Sse.IsSupported)
        {
            ref var counts = ref MemoryMarshal.GetArrayDataReference(_counts);
            foreach (var hash in hashes)
            {
                // A prefetch never faults, so a raw address is safe even were the array to move meanwhile.
                unsafe
                {
                    Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref counts, ((int)hash & _blockMask) << BlockBits)));
                }
            }
        }

        foreach (var hash in hashes)
        {
            Observe(hash);
        }
    }

    /// <summary>Closes windows up to <paramref name="windowIndex"/>: each bucket's count joins its moving mean and variance.</summary>
    public void AdvanceTo(long windowIndex)
    {
        if (windowIndex <= WindowIndex)
        {
            return;
        }

        var steps = windowIndex - WindowIndex;
        if (steps > MaxCatchUpWindows)
        {
            // So long a silence makes the old baseline meaningless: start over rather than replay empty windows.
            Array.Clear(_counts);
            Array.Clear(_means);
            Array.Clear(_variances);
            WindowsObserved = 0;
        }
        else
        {
            for (var step = 0; step < steps; step++)
            {
                FoldWindow();
            }
        }

        WindowIndex = windowIndex;
    }

    public TermSignificance Query(ulong hash)
    {
        var (first, second) = Buckets(hash);
        var bucket = _counts[second] < _counts[first] ? second : first;
        // The moving statistics start at zero; dividing by the weight seen so far removes that start-up bias
        // (as Adam does), so a term steady for a few windows reads its true mean, not a fraction of it.
        var seen = 1 - Math.Pow(1 - Options.Alpha, WindowsObserved);
        var correction = seen > 0 ? 1 / seen : 0;
        double count = _counts[bucket], mean = _means[bucket] * correction, std = Math.Sqrt(Math.Max(0, _variances[bucket] * correction));
        var warm = WindowsObserved >= Options.WarmupWindows;
        var significance = warm ? (count - mean) / (std + Options.Bias) : 0;
        return new TermSignificance(count, mean, std, significance, warm && mean >= Options.MinBaseline);
    }

    /// <summary>Adds another partition's sketch of the same window and options (counts, means and variances add).</summary>
    public void Merge(SignificanceSketch other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Options.WidthBits != Options.WidthBits || other.WindowIndex != WindowIndex)
        {
            throw new InvalidOperationException("Only sketches with the same width and current window can merge; advance both first.");
        }

        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
            _means[i] += other._means[i];
            _variances[i] += other._variances[i];
        }

        WindowsObserved = Math.Max(WindowsObserved, other.WindowsObserved);
    }

    internal void Restore(long windowIndex, int windowsObserved)
    {
        WindowIndex = windowIndex;
        WindowsObserved = windowsObserved;
    }

    private (int First, int Second) Buckets(ulong hash)
    {
        // Rows × width counters in blocks of 16; the two slots differ, so the depth-two sketch keeps two independent counts.
        var block = ((int)hash & _blockMask) << BlockBits;
        var first = (int)(hash >> 40) & 15;
        var second = (first + 1 + ((int)(hash >> 44) % 15)) & 15;
        return (block + first, block + second);
    }

    private void FoldWindow()
    {
        var alpha = _alpha;
        for (var i = 0; i < _counts.Length; i++)
        {
            // Finch (2009) incremental exponentially weighted mean and variance.
            var diff = _counts[i] - _means[i];
            var increment = alpha * diff;
            _means[i] += increment;
            _variances[i] = (1 - alpha) * (_variances[i] + (diff * increment));
            _counts[i] = 0;
        }

        WindowsObserved++;
    }
}
