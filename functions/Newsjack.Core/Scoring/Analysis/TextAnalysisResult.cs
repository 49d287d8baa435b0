using System.Text.Json.Serialization;

namespace Newsjack.Core.Scoring.Analysis;

/// <summary>
/// What was learned about one document. A kind that was not asked for, or that failed (see <see cref="Errors"/>),
/// leaves its member null or empty. <see cref="Truncated"/> says the text was cut to the provider's limit first.
/// </summary>
public sealed record TextAnalysisResult(string Id)
{
    public DocumentSentiment? Sentiment { get; init; }

    public IReadOnlyList<TextEntity> Entities { get; init; } = [];

    public IReadOnlyList<TextEntity> PiiEntities { get; init; } = [];

    public DetectedLanguage? Language { get; init; }

    public IReadOnlyList<AnalysisError> Errors { get; init; } = [];

    public bool Truncated { get; init; }

    /// <summary>True when the per-window budget stopped at least one kind from being analysed.</summary>
    [JsonIgnore]
    public bool BudgetExceeded => Errors.Any(e => e.Code == AnalysisError.BudgetExceeded);

    /// <summary>Combines two partial results for the same document (one per kind).</summary>
    public TextAnalysisResult Merge(TextAnalysisResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return this with
        {
            Sentiment = Sentiment ?? other.Sentiment,
            Entities = Entities.Count > 0 ? Entities : other.Entities,
            PiiEntities = PiiEntities.Count > 0 ? PiiEntities : other.PiiEntities,
            Language = Language ?? other.Language,
            Errors = [.. Errors, .. other.Errors],
            Truncated = Truncated || other.Truncated,
        };
    }
}
