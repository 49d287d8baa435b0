namespace Newsjack.Core.Scoring.Analysis;

/// <summary>
/// The provider-neutral text-analysis seam: a local lexicon analyzer by default, Azure AI Language when configured.
/// Returns one result per input document, in input order; per-document failures are in <see cref="TextAnalysisResult.Errors"/>.
/// </summary>
public interface ITextAnalyzer
{
    Task<IReadOnlyList<TextAnalysisResult>> AnalyzeAsync(IReadOnlyList<AnalysisDocument> documents, CancellationToken cancellationToken = default);
}
