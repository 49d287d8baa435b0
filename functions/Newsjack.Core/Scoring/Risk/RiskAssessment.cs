namespace Newsjack.Core.Scoring.Risk;

/// <summary>
/// The brand-safety judgement of one topic for one brand: the worst tier over its categories (none when empty),
/// hits on the brand's avoid list (always suppressed), and notes such as tone constraints for drafts.
/// </summary>
public sealed record RiskAssessment(
    RiskTier Tier,
    IReadOnlyList<CategoryRisk> Categories,
    IReadOnlyList<string> AvoidHits,
    IReadOnlyList<string> Notes)
{
    /// <summary>
    /// Why the topic may be a tragedy although no rule put it at floor (weak signs, signals that disagree);
    /// empty when there is no doubt. A possible tragedy is suppressed, never suggested.
    /// </summary>
    public IReadOnlyList<string> PossibleTragedy { get; init; } = [];
}
