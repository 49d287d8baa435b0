namespace Newsjack.Core.Text;

/// <summary>
/// A 64-bit hash that is the same in every process and version (FNV-1a over UTF-16 code units, then a
/// SplitMix64 finaliser), unlike string.GetHashCode; persisted trend state and topic ids depend on it.
/// </summary>
public static class StableHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> text, ulong seed = 0)
    {
        var hash = Start(seed);
        foreach (var c in text)
        {
            hash = Step(hash, c);
        }

        return Mix(hash);
    }

    /// <summary>Incremental form: <c>Mix(Step(Step(Start(), a), b))</c> equals <c>Of("ab")</c>.</summary>
    public static ulong Start(ulong seed = 0) => Offset ^ seed;

    public static ulong Step(ulong hash, char c) => (hash ^ c) * Prime;

    public static ulong Mix(ulong value)
    {
        value ^= value >> 30;
        value *= 0xBF58476D1CE4E5B9UL;
        value ^= value >> 27;
        value *= 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }

    /// <summary>Order-independent hash of a pair, so (a, b) and (b, a) count together.</summary>
    public static ulong Pair(ulong a, ulong b) => Mix((a < b ? a : b) * 31UL + Mix(a < b ? b : a));
}
