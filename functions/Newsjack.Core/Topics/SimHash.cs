using Newsjack.Core.Text;

namespace Newsjack.Core.Topics;

/// <summary>Charikar's SimHash over terms and phrases: near-identical texts (syndicated copies) differ in few of the 64 bits.</summary>
public static class SimHash
{
    public static ulong Of(IEnumerable<string> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        Span<int> votes = stackalloc int[64];
        var any = false;
        foreach (var feature in features)
        {
            any = true;
            var hash = StableHash.Of(feature);
            for (var bit = 0; bit < 64; bit++)
            {
                votes[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
            }
        }

        var result = 0UL;
        for (var bit = 0; bit < 64 && any; bit++)
        {
            result |= votes[bit] > 0 ? 1UL << bit : 0;
        }

        return result;
    }

    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);
}
