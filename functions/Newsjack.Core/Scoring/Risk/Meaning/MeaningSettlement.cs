using System.Globalization;

namespace Newsjack.Core.Scoring.Risk.Meaning;

/// <summary>
/// Settles the lexicon and the classifier. The lexicon quotes words; the classifier adds "reads as: a death (0.97)"
/// with the sentence it judged. The rule, chosen by measurement on the tuning and frozen sets (docs/design/scoring.md):
/// <list type="bullet">
/// <item>a reading of harm at or over <see cref="FloorAt"/> where the lexicon also sees some risk (low or worse): floor;</item>
/// <item>the same reading where the lexicon sees none: the two disagree, a possible tragedy (suppressed, both shown);</item>
/// <item>a reading between <see cref="UnsureAt"/> and <see cref="FloorAt"/> where the lexicon sees some risk: unsure
/// near the floor, a possible tragedy;</item>
/// <item>a reading between <see cref="UnsureAt"/> and <see cref="FloorAt"/> where the lexicon sees none: unsure near the
/// floor, a possible tragedy too (safe by default; measured on the tuning sets, it cost no opportunity);</item>
/// <item>a topic naming the brand or a competitor, read as harm at <see cref="NamedUnsureAt"/> or more: a possible
/// tragedy (<see cref="SettleNamed"/>): a brand's name in a casualty story is a risk for it, never a fit;</item>
/// <item>a lexicon floor the classifier reads as harmless (under <see cref="HarmlessBelow"/>): the floor stands, both shown.</item>
/// </list>
/// The classifier never lowers risk: a missed floor costs the brand, a false one only an opportunity. Lower bars were
/// measured and cost recall on both sets without catching a floor item the lexicon and story context missed.
/// </summary>
public static class MeaningSettlement
{
    public const double FloorAt = 0.95;
    public const double UnsureAt = 0.85;
    public const double HarmlessBelow = 0.15;
    public const double NamedUnsureAt = 0.5;

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

        var lexiconSeesRisk = assessment.Tier >= RiskTier.Low;
        if (reading.Probability >= FloorAt && lexiconSeesRisk)
        {
            var category = RiskMeaningModel.CategoryOf(reading.Class);
            var existing = assessment.Categories.FirstOrDefault(c => c.Id == category);
            var raised = new CategoryRisk(category, RiskTier.Floor, [quote, .. existing?.Evidence ?? []]);
            IReadOnlyList<CategoryRisk> categories = [.. assessment.Categories.Where(c => c.Id != category).Append(raised)
                .OrderByDescending(c => c.Tier).ThenBy(c => c.Id, StringComparer.Ordinal)];
            return assessment with { Tier = RiskTier.Floor, Categories = categories };
        }

        if (reading.Probability >= FloorAt)
        {
            return assessment with { PossibleTragedy = [.. assessment.PossibleTragedy, quote + "; the lexicon sees no risk"] };
        }

        return reading.Probability >= UnsureAt
            ? assessment with { PossibleTragedy = [.. assessment.PossibleTragedy, quote + (lexiconSeesRisk ? ", unsure" : ", unsure; the lexicon sees no risk")] }
            : assessment;
    }

    /// <summary>
    /// A topic that names the brand or a competitor (<paramref name="mentions"/>) and reads as harm at
    /// <see cref="NamedUnsureAt"/> or more is a possible tragedy: a rival's rider "fatally struck" is not a fit.
    /// </summary>
    public static RiskAssessment SettleNamed(RiskAssessment assessment, MeaningReading? reading, IReadOnlyList<string> mentions)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(mentions);
        if (reading is null || mentions.Count == 0 || assessment.Tier == RiskTier.Floor || assessment.PossibleTragedy.Count > 0
            || reading.Probability < NamedUnsureAt)
        {
            return assessment;
        }

        return assessment with
        {
            PossibleTragedy = [$"reads as: {reading.Describe()}: \"{reading.Sentence}\" (item {reading.ItemId}) in a story naming {string.Join(", ", mentions)}"],
        };
    }
}
