namespace Newsjack.Core.Text;

/// <summary>
/// A fixed set of nonzero <see cref="StableHash"/> values in an open-addressed table at most a quarter full: the
/// values are already well mixed, so the low bits index directly and a lookup is one or two probes of one array,
/// several times faster than HashSet&lt;ulong&gt; on the trend hot path (one lookup per word).
/// </summary>
internal sealed class StableHashSet
{
    private readonly ulong[] _slots;
    private readonly int _mask;

    public StableHashSet(IEnumerable<ulong> hashes)
    {
        var distinct = hashes.Where(h => h != 0).ToHashSet();
        _slots = new ulong[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, distinct.Count * 4))];
        _mask = _slots.Length - 1;
        foreach (var hash in distinct)
        {
            var i = (int)hash & _mask;
            while (_slots[i] != 0)
            {
                i = (i + 1) & _mask;
            }

            _slots[i] = hash;
        }
    }

    public bool Contains(ulong hash)
    {
        var slots = _slots;
        for (var i = (int)hash & _mask; ; i = (i + 1) & _mask)
        {
            var slot = slots[i];
            if (slot == hash)
            {
                return hash != 0;
            }

            if (slot == 0)
            {
                return false;
            }
        }
    }
}
