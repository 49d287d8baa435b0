using Newsjack.Core.Scoring.Relevance;
using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Text;

namespace Newsjack.Core.Scoring.Decisions;

/// <summary>The full judgement of one topic for one brand: relevance, risk, decision, reasons and delivery.</summary>
public sealed record TopicScore(
    ScoringSubject Subject,
    RelevanceResult Relevance,
    RiskAssessment Risk,
    Decision Decision,
    IReadOnlyList<string> Reasons,
    Delivery? Delivery);
