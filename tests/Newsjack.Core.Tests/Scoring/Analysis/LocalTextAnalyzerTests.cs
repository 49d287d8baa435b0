using Newsjack.Core.Scoring.Analysis;

namespace Newsjack.Core.Tests.Scoring.Analysis;

public sealed class LocalTextAnalyzerTests
{
    private readonly LocalTextAnalyzer _analyzer = new();

    [Fact]
    public async Task Grief_reads_negative_and_celebration_positive_in_input_order()
    {
        var results = await _analyzer.AnalyzeAsync(
        [
            new AnalysisDocument("grief", "Families mourn the victims of the deadly flood, a terrible tragedy"),
            new AnalysisDocument("joy", "Fans celebrate an amazing, wonderful win with great joy"),
        ], TestContext.Current.CancellationToken);

        Assert.Equal(["grief", "joy"], results.Select(r => r.Id));
        Assert.Equal(SentimentLabel.Negative, results[0].Sentiment!.Label);
        Assert.True(results[0].Sentiment!.Negative > 0.3);
        Assert.Equal(SentimentLabel.Positive, results[1].Sentiment!.Label);
        Assert.True(results[1].Sentiment!.Positive > 0.3);
    }

    [Fact]
    public async Task Plain_statement_is_neutral_and_confidences_sum_to_one()
    {
        var results = await _analyzer.AnalyzeAsync([new AnalysisDocument("n", "The council meets on Tuesday at the town hall")], TestContext.Current.CancellationToken);

        var sentiment = results[0].Sentiment!;
        Assert.Equal(SentimentLabel.Neutral, sentiment.Label);
        Assert.Equal(1.0, sentiment.Positive + sentiment.Neutral + sentiment.Negative, 6);
        Assert.Empty(results[0].Errors);
    }

    [Fact]
    public async Task Entities_only_request_gets_no_sentiment_and_no_error()
    {
        var results = await _analyzer.AnalyzeAsync([new AnalysisDocument("e", "Great news", null, AnalysisKinds.Entities)], TestContext.Current.CancellationToken);

        Assert.Null(results[0].Sentiment);
        Assert.Empty(results[0].Entities);
        Assert.Empty(results[0].Errors);
    }
}
