using Newsjack.Core.Scoring.Risk;

namespace Newsjack.Core.Scoring.SecondOpinion;

/// <summary>What the chat model read a topic as: a GARM category (or none), a tier and its one-line reason.</summary>
public sealed record Opinion(string Category, RiskTier Tier, string Reason);
