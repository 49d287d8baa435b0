using System.Globalization;

namespace Newsjack.Core.Scoring.Analysis;

/// <summary>
/// Billing unit of Azure AI Language: one text record per started 1,000 characters, per document, per kind
/// (a 2,500-character document costs 3 for each kind asked).
/// </summary>
public static class TextRecords
{
    public const int CharactersPerRecord = 1000;

    public static int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var characters = new StringInfo(text).LengthInTextElements;
        return Math.Max(1, (characters + CharactersPerRecord - 1) / CharactersPerRecord);
    }
}
