using System.Text.Json;
using Newsjack.Core.Scoring.Analysis;
using Newsjack.Core.Serialization;

namespace Newsjack.Core.Tests.Scoring.Analysis;

public sealed class TextAnalysisResultTests
{
    [Fact]
    public void Merge_PartialResultsPerKind_KeepsEveryKindAndError()
    {
        var sentiment = new TextAnalysisResult("1") { Sentiment = new(SentimentLabel.Negative, 0.01, 0.09, 0.9) };
        var entities = new TextAnalysisResult("1")
        {
            Entities = [new("Cairo", "Location", "GPE", 12, 5, 0.9)],
            Errors = [new(AnalysisKinds.PiiEntities, AnalysisError.BudgetExceeded, "budget spent")],
            Truncated = true,
        };

        var merged = sentiment.Merge(entities);

        Assert.Equal(SentimentLabel.Negative, merged.Sentiment?.Label);
        Assert.Equal("Cairo", Assert.Single(merged.Entities).Text);
        Assert.True(merged.BudgetExceeded);
        Assert.True(merged.Truncated);
    }

    [Fact]
    public void Json_RoundTrip_KeepsEverythingWithReadableEnums()
    {
        var result = new TextAnalysisResult("7")
        {
            Sentiment = new(SentimentLabel.Mixed, 0.4, 0.2, 0.4),
            PiiEntities = [new("a@b.example", "Email", null, 3, 11, 0.8)],
            Language = new("fr", "French", 1.0),
            Errors = [new(AnalysisKinds.Entities, "UnsupportedLanguageCode", "no")],
        };

        var json = JsonSerializer.Serialize(result, NewsjackJsonContext.Default.TextAnalysisResult);
        var back = JsonSerializer.Deserialize(json, NewsjackJsonContext.Default.TextAnalysisResult)!;

        Assert.Contains("\"Mixed\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Entities\"", json, StringComparison.Ordinal);
        Assert.Equal(result.Sentiment, back.Sentiment);
        Assert.Equal(result.PiiEntities, back.PiiEntities);
        Assert.Equal(result.Errors, back.Errors);
        Assert.Equal(result.Language, back.Language);
    }
}
