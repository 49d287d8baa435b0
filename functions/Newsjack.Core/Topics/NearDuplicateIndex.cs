namespace Newsjack.Core.Topics;

/// <summary>
/// Finds an earlier item whose SimHash is within a few bits, by locality-sensitive banding: with four 16-bit
/// bands, two hashes at distance ≤ 3 share at least one band exactly, so only those candidates are compared.
/// </summary>
public sealed class NearDuplicateIndex(int maxDistance)
{
    private const int Bands = 4;
    private readonly Dictionary<(int Band, ushort Value), List<(ulong Hash, string ItemId)>> _bands = [];

    public string? FindOriginal(ulong hash)
    {
        if (hash == 0)
        {
            return null;
        }

        for (var band = 0; band < Bands; band++)
        {
            if (_bands.TryGetValue((band, BandValue(hash, band)), out var entries))
            {
                foreach (var (other, itemId) in entries)
                {
                    if (SimHash.Distance(hash, other) <= maxDistance)
                    {
                        return itemId;
                    }
                }
            }
        }

        return null;
    }

    public void Add(ulong hash, string itemId)
    {
        if (hash == 0)
        {
            return;
        }

        for (var band = 0; band < Bands; band++)
        {
            var key = (band, BandValue(hash, band));
            if (!_bands.TryGetValue(key, out var entries))
            {
                _bands[key] = entries = [];
            }

            entries.Add((hash, itemId));
        }
    }

    public void Remove(IReadOnlySet<string> itemIds)
    {
        foreach (var entries in _bands.Values)
        {
            entries.RemoveAll(e => itemIds.Contains(e.ItemId));
        }
    }

    private static ushort BandValue(ulong hash, int band) => (ushort)(hash >> (band * 16));
}
