using System.Globalization;
using Newsjack.Core.Scoring.Risk;

namespace Newsjack.Core.Scoring.Analysis;

/// <summary>
/// Folds a text analysis into a local risk assessment. A clearly negative provider sentiment raises
/// <c>sensitive_social_issues</c> to at least medium; nothing here ever lowers a tier (a cheerful model must not
/// talk the lexicon out of a tragedy), and a missing or failed analysis changes nothing.
/// </summary>
public static class AnalysisRisk
{
    public const double NegativeThreshold = 0.6;

    public static RiskAssessment Raise(RiskAssessment assessment, TextAnalysisResult? analysis)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (analysis?.Sentiment is not { Negative: >= NegativeThreshold } sentiment)
        {
            return assessment;
        }

        var evidence = string.Create(CultureInfo.InvariantCulture, $"analyzer: negative mood {sentiment.Negative:0.00}");
        var existing = assessment.Categories.FirstOrDefault(c => c.Id == RiskCategories.SensitiveSocialIssues);
        var raised = existing is null ? new CategoryRisk(RiskCategories.SensitiveSocialIssues, RiskTier.Medium, [evidence])
            : existing.Tier < RiskTier.Medium ? new CategoryRisk(existing.Id, RiskTier.Medium, [evidence, .. existing.Evidence])
            : existing with { Evidence = [.. existing.Evidence, evidence] };
        IReadOnlyList<CategoryRisk> categories = [.. assessment.Categories.Where(c => c.Id != RiskCategories.SensitiveSocialIssues).Append(raised)
            .OrderByDescending(c => c.Tier).ThenBy(c => c.Id, StringComparer.Ordinal)];
        return assessment with { Tier = RiskTiers.Max(assessment.Tier, RiskTier.Medium), Categories = categories };
    }
}
