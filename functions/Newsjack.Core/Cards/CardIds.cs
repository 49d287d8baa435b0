using System.Security.Cryptography;
using System.Text;

namespace Newsjack.Core.Cards;

/// <summary>
/// Card ids are derived, not random: the same brand, topic and generation (0 for the first card, n for the n-th
/// follow-up the sharp-jump rule allows) always give the same id, so a rerun, a redelivered message or a second
/// host writing the same card collide on one row instead of making a second card.
/// </summary>
public static class CardIds
{
    public static string For(string brandId, string topicId, int generation)
    {
        ArgumentException.ThrowIfNullOrEmpty(brandId);
        ArgumentException.ThrowIfNullOrEmpty(topicId);
        ArgumentOutOfRangeException.ThrowIfNegative(generation);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{brandId}\n{topicId}\n{generation}"));
        return "c-" + Convert.ToHexStringLower(hash, 0, 8);
    }
}
