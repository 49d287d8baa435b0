using System.Globalization;
using Newsjack.Core.Text;

namespace Newsjack.Core.Topics;

/// <summary>Topic ids `t-` + 6 hex digits, derived from the seed (first item id, or `#hashtag`) so they are reproducible.</summary>
public static class TopicIds
{
    public static string For(string seed, ulong salt = 0) =>
        "t-" + (StableHash.Of(seed, salt) & 0xFFFFFF).ToString("x6", CultureInfo.InvariantCulture);

    /// <summary>The seed's id, or a salted one when that id is already taken.</summary>
    public static string Unused(string seed, Func<string, bool> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        for (var salt = 0UL; ; salt++)
        {
            var id = For(seed, salt);
            if (!taken(id))
            {
                return id;
            }
        }
    }
}
