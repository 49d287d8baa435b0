using System.Security.Cryptography;
using System.Text;

namespace Newsjack.Azure.Buzz;

/// <summary>
/// Row keys for the buzz tables. Table keys may not hold `/ \ # ?` or control characters, so those (and `%`)
/// are %-escaped; a key that would still be long is replaced by a hash, keeping every key far below 1 KiB.
/// </summary>
public static class BuzzRowKeys
{
    public const string PostPrefix = "p|";
    public const string AggregatePrefix = "a|";
    private const int MaxEscaped = 400;

    public static string Post(string contentKey) => PostPrefix + Bounded(contentKey);

    /// <summary>A chunk's aggregate row: its source, then a hash of its first post (unique while that post is new).</summary>
    public static string Aggregate(string source, string firstContentKey) =>
        $"{AggregatePrefix}{Bounded(source)}|{Hash(firstContentKey)[..32]}";

    /// <summary>Event Hub dead letter: the transport key, sequence zero-padded so rows sort in partition order.</summary>
    public static string DeadLetter(string partitionId, long sequenceNumber) =>
        $"{Bounded(partitionId)}|{sequenceNumber.ToString("D20", System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>HTTP dead letter: no transport identity, so the body's hash (re-posting the same line overwrites it).</summary>
    public static string HttpDeadLetter(string body) => "http|" + Hash(body)[..32];

    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string Bounded(string value)
    {
        var escaped = Escape(value);
        return escaped.Length <= MaxEscaped ? escaped : "h-" + Hash(value);
    }

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
