using Newsjack.Core.Relevance;
using Newsjack.Core.Risk;

namespace Newsjack.Core.Decisions;

/// <summary>The full judgement of one topic for one brand: relevance, risk, decision, reasons and delivery.</summary>
public sealed record TopicScore(
    ScoringSubject Subject,
    RelevanceResult Relevance,
    RiskAssessment Risk,
    Decision Decision,
    IReadOnlyList<string> Reasons,
    Delivery? Delivery);
