using System.Globalization;
using System.Text;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Risk;

namespace Newsjack.Core.Scoring.Evaluation;

/// <summary>
/// Quality of the decisions over a labelled set. A card is suggest or review. Floor leaks: floor items that got a
/// card (must be 0). Opportunity recall: items that should get a card and did. Suggestion precision: cards that
/// should have gone out. The confusion table counts expected tier (rows) against predicted tier (columns).
/// </summary>
public sealed record EvaluationReport(IReadOnlyList<EvaluationCase> Cases)
{
    public IReadOnlyList<EvaluationCase> FloorLeaks => [.. Cases.Where(c => c.ExpectedTier == RiskTier.Floor && c.Predicted.SendsCard())];

    public IReadOnlyList<EvaluationCase> MissedOpportunities => [.. Cases.Where(c => c.Opportunity && !c.Predicted.SendsCard())];

    public IReadOnlyList<EvaluationCase> FalseCards => [.. Cases.Where(c => !c.Opportunity && c.Predicted.SendsCard())];

    public int DecisionsMatched => Cases.Count(c => c.Expected == c.Predicted);

    public double Recall => Ratio(Cases.Count(c => c.Opportunity && c.Predicted.SendsCard()), Cases.Count(c => c.Opportunity));

    public double Precision => Ratio(Cases.Count(c => c.Opportunity && c.Predicted.SendsCard()), Cases.Count(c => c.Predicted.SendsCard()));

    public int Confusion(RiskTier expected, RiskTier predicted) => Cases.Count(c => c.ExpectedTier == expected && c.PredictedTier == predicted);

    public string Format()
    {
        var tiers = Enum.GetValues<RiskTier>().Reverse().ToList();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"items: {Cases.Count}  opportunities: {Cases.Count(c => c.Opportunity)}  cards: {Cases.Count(c => c.Predicted.SendsCard())}");
        text.AppendLine(CultureInfo.InvariantCulture, $"floor leaks: {FloorLeaks.Count}");
        text.AppendLine(CultureInfo.InvariantCulture, $"opportunity recall: {Recall:0.000}");
        text.AppendLine(CultureInfo.InvariantCulture, $"suggestion precision: {Precision:0.000}");
        text.AppendLine(CultureInfo.InvariantCulture, $"exact decision: {DecisionsMatched} of {Cases.Count}");
        text.AppendLine("confusion by tier (rows expected, columns predicted):");
        text.AppendLine("expected\\pred " + string.Concat(tiers.Select(t => t.ToId().PadLeft(8))));
        foreach (var expected in tiers)
        {
            text.AppendLine(expected.ToId().PadRight(14) + string.Concat(tiers.Select(p => Confusion(expected, p).ToString(CultureInfo.InvariantCulture).PadLeft(8))));
        }

        return text.ToString();
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 1 : (double)numerator / denominator;
}
