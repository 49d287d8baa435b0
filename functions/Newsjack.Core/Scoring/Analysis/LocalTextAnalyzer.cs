using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Text;

namespace Newsjack.Core.Scoring.Analysis;

/// <summary>
/// The default <see cref="ITextAnalyzer"/>: sentiment from the embedded valence lexicon, free and offline.
/// It reports no entities or PII (those need Azure AI Language); asking for them is not an error.
/// </summary>
public sealed class LocalTextAnalyzer(SentimentScorer scorer) : ITextAnalyzer
{
    /// <summary>Scores within this distance of 0 read as neutral.</summary>
    private const double NeutralBand = 0.05;

    public LocalTextAnalyzer()
        : this(SentimentScorer.Default)
    {
    }

    public Task<IReadOnlyList<TextAnalysisResult>> AnalyzeAsync(IReadOnlyList<AnalysisDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        IReadOnlyList<TextAnalysisResult> results = [.. documents.Select(Analyze)];
        return Task.FromResult(results);
    }

    private TextAnalysisResult Analyze(AnalysisDocument document) =>
        document.Kinds.HasFlag(AnalysisKinds.Sentiment)
            ? new TextAnalysisResult(document.Id) { Sentiment = ToSentiment(scorer.Score(WordSplitter.Split(document.Text))) }
            : new TextAnalysisResult(document.Id);

    /// <summary>Maps a score in [-1, 1] onto the label and the three confidences the Language service reports.</summary>
    internal static DocumentSentiment ToSentiment(double score)
    {
        var strength = Math.Abs(score);
        var label = strength <= NeutralBand ? SentimentLabel.Neutral : score > 0 ? SentimentLabel.Positive : SentimentLabel.Negative;
        var positive = score > 0 ? strength : 0;
        var negative = score < 0 ? strength : 0;
        return new DocumentSentiment(label, positive, 1 - strength, negative);
    }
}
