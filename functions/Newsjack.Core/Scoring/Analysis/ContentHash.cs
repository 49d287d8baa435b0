using System.Security.Cryptography;
using System.Text;

namespace Newsjack.Core.Scoring.Analysis;

/// <summary>
/// Cache key of one analysis: SHA-256 (lower-case hex) of the normalised text, language, kind and model tag, so the
/// same text asked the same question is never billed twice. Normalising (NFC, whitespace runs collapsed, trimmed,
/// language lower-cased) makes re-fetched copies of one headline hash alike.
/// </summary>
public readonly record struct ContentHash(string Value)
{
    /// <summary>First two hex digits: 256 table partitions, evenly spread.</summary>
    public string PartitionKey => Value[..2];

    public static ContentHash Compute(string text, string? language, AnalysisKinds kind, string modelTag = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = string.Join('\n', kind.ToString(), (language ?? "").Trim().ToLowerInvariant(), modelTag, Normalize(text));
        return new(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))));
    }

    public override string ToString() => Value;

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
