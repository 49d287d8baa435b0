using Newsjack.Core.Scoring.Analysis;

namespace Newsjack.Core.Tests.Scoring.Analysis;

public sealed class ContentHashTests
{
    [Fact]
    public void Compute_WhitespaceAndLanguageCaseDiffer_SameHash()
    {
        var a = ContentHash.Compute("Oreo  dunks\nin the dark ", "EN", AnalysisKinds.Sentiment);
        var b = ContentHash.Compute(" Oreo dunks in the dark", "en", AnalysisKinds.Sentiment);

        Assert.Equal(a, b);
    }

    [Fact]
    public void Compute_ComposedAndDecomposedAccents_SameHash() =>
        Assert.Equal(
            ContentHash.Compute("caf\u00e9", "fr", AnalysisKinds.Entities),
            ContentHash.Compute("cafe\u0301", "fr", AnalysisKinds.Entities));

    [Theory]
    [InlineData("Oreo dunks in the dark!", "en", AnalysisKinds.Sentiment, "")]
    [InlineData("Oreo dunks in the dark", "fr", AnalysisKinds.Sentiment, "")]
    [InlineData("Oreo dunks in the dark", "en", AnalysisKinds.Entities, "")]
    [InlineData("Oreo dunks in the dark", "en", AnalysisKinds.Sentiment, "2023-04-01")]
    public void Compute_TextLanguageKindOrModelDiffer_DifferentHash(string text, string language, AnalysisKinds kind, string model) =>
        Assert.NotEqual(
            ContentHash.Compute("Oreo dunks in the dark", "en", AnalysisKinds.Sentiment),
            ContentHash.Compute(text, language, kind, model));

    [Fact]
    public void Compute_IsLowerHexSha256_PartitionKeyIsFirstTwoDigits()
    {
        var hash = ContentHash.Compute("KitKat #Bendgate", null, AnalysisKinds.Sentiment);

        Assert.Matches("^[0-9a-f]{64}$", hash.Value);
        Assert.Equal(hash.Value[..2], hash.PartitionKey);
    }
}
