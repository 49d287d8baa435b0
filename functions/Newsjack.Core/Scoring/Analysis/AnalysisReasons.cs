using System.Globalization;

namespace Newsjack.Core.Scoring.Analysis;

/// <summary>What the analyzer found, as reasons a reviewer reads: the mood, named people, organisations, places and events, or why nothing came back.</summary>
public static class AnalysisReasons
{
    private const int MaxEntities = 5;
    private static readonly string[] ContextCategories = ["Person", "Organization", "Location", "Event"];

    public static IReadOnlyList<string> For(TextAnalysisResult? analysis)
    {
        if (analysis is null)
        {
            return [];
        }

        var reasons = new List<string>();
        if (analysis.Sentiment is { } s)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture,
                $"analyzer: sentiment {s.Label.ToString().ToLowerInvariant()} (positive {s.Positive:0.00}, negative {s.Negative:0.00})"));
        }

        var entities = analysis.Entities.Where(e => ContextCategories.Contains(e.Category, StringComparer.Ordinal))
            .DistinctBy(e => e.Text, StringComparer.OrdinalIgnoreCase).Take(MaxEntities).Select(e => $"{e.Text} ({e.Category})").ToList();
        if (entities.Count > 0)
        {
            reasons.Add("analyzer: mentions " + string.Join(", ", entities));
        }

        reasons.AddRange(analysis.Errors.Select(e => $"analyzer: no {e.Kind.ToString().ToLowerInvariant()} ({e.Code})"));
        return reasons;
    }
}
