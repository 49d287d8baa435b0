using Newsjack.Core.Brands;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Relevance;
using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Tests.Brands;

namespace Newsjack.Core.Tests.Scoring.Decisions;

public sealed class DecisionMakerTests
{
    private static readonly BrandProfile Hair = BrandJson.Fixture("lumen-hair");

    private static RiskAssessment Risk(RiskTier tier) =>
        new(tier, tier == RiskTier.None ? [] : [new CategoryRisk(RiskCategories.ObscenityProfanity, tier, ["\"…\" (item n1)"])], [], []);

    private static RelevanceResult Relevance(double score) => new(score, score, ["hair"], ["matched brand topics: hair (1.00)"]);

    [Theory]
    [InlineData(RiskTolerance.Low, RiskTier.None, Decision.Suggest)]
    [InlineData(RiskTolerance.Low, RiskTier.Low, Decision.Suggest)]
    [InlineData(RiskTolerance.Low, RiskTier.Medium, Decision.Review)]
    [InlineData(RiskTolerance.Low, RiskTier.High, Decision.Suppress)]
    [InlineData(RiskTolerance.Medium, RiskTier.Medium, Decision.Suggest)]
    [InlineData(RiskTolerance.Medium, RiskTier.High, Decision.Review)]
    [InlineData(RiskTolerance.High, RiskTier.High, Decision.Suggest)]
    [InlineData(RiskTolerance.High, RiskTier.Floor, Decision.Suppress)]
    public void Tier_against_tolerance_gives_the_contract_decision(RiskTolerance tolerance, RiskTier tier, Decision expected)
    {
        var (decision, reasons) = DecisionMaker.Decide(Relevance(0.8), Risk(tier), Hair with { RiskTolerance = tolerance });

        Assert.Equal(expected, decision);
        Assert.Contains("matched brand topics: hair (1.00)", reasons);
    }

    [Fact]
    public void Below_threshold_is_ignored_whatever_the_risk()
    {
        var (decision, reasons) = DecisionMaker.Decide(Relevance(0.2), Risk(RiskTier.Floor), Hair);

        Assert.Equal(Decision.Ignore, decision);
        Assert.Equal("relevance 0.20 below threshold 0.35", reasons[0]);
    }

    [Fact]
    public void Suppressed_floor_topic_keeps_its_evidence_in_the_reasons()
    {
        var (decision, reasons) = DecisionMaker.Decide(Relevance(0.9), Risk(RiskTier.Floor), Hair with { RiskTolerance = RiskTolerance.High });

        Assert.Equal(Decision.Suppress, decision);
        Assert.StartsWith("risk floor (obscenity_profanity): never suggested", reasons[0], StringComparison.Ordinal);
        Assert.Contains("obscenity_profanity floor: \"…\" (item n1)", reasons);
    }
}
