using System.Globalization;

namespace Newsjack.Core.Scoring.Risk.Meaning;

/// <summary>
/// Settles the lexicon and the classifier. The lexicon quotes words; the classifier adds "reads as: a death (0.93)"
/// with the sentence it judged. A reading of harm at or over <see cref="FloorAt"/> makes the topic floor; between
/// <see cref="UnsureAt"/> and that it is a possible tragedy (suppressed, reasons shown). The classifier never lowers
/// a lexicon floor: when it reads a floored topic as harmless, both are shown and the floor stands, because a missed
/// floor costs the brand and a false one costs only an opportunity (thresholds chosen by measurement, see
/// docs/design/scoring.md).
/// </summary>
public static class MeaningSettlement
{
    public const double FloorAt = 0.85;
    public const double UnsureAt = 0.6;
    public const double HarmlessBelow = 0.15;

    public static RiskAssessment Settle(RiskAssessment assessment, MeaningReading? reading)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (reading is null)
        {
            return assessment;
        }

        var quote = $"reads as: {reading.Describe()}: \"{reading.Sentence}\" (item {reading.ItemId})";
        if (assessment.Tier == RiskTier.Floor)
        {
            return reading.Probability < HarmlessBelow
                ? assessment with { Notes = [.. assessment.Notes, string.Create(CultureInfo.InvariantCulture,
                    $"the classifier disagrees (harm {reading.Probability:0.00} at most, \"{reading.Sentence}\"); the lexicon's floor stands")] }
                : assessment;
        }

        if (reading.Probability >= FloorAt)
        {
            var category = RiskMeaningModel.CategoryOf(reading.Class);
            var existing = assessment.Categories.FirstOrDefault(c => c.Id == category);
            var raised = new CategoryRisk(category, RiskTier.Floor, [quote, .. existing?.Evidence ?? []]);
            IReadOnlyList<CategoryRisk> categories = [.. assessment.Categories.Where(c => c.Id != category).Append(raised)
                .OrderByDescending(c => c.Tier).ThenBy(c => c.Id, StringComparer.Ordinal)];
            return assessment with { Tier = RiskTier.Floor, Categories = categories };
        }

        return reading.Probability >= UnsureAt
            ? assessment with { PossibleTragedy = [.. assessment.PossibleTragedy, quote + ", unsure"] }
            : assessment;
    }
}
