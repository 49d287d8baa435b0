using Newsjack.Core.Brands;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Risk.Meaning;

namespace Newsjack.Cli.Commands;

/// <summary>
/// `score`/`eval --meaning local|none`: the risk-meaning classifier reads the topics that could reach the brand
/// (relevance at or over its threshold; the rest are ignored whatever their risk) with the local embedding model,
/// for the caller to score them again with. `none` scores by the lexicon and story context alone.
/// </summary>
internal static class ScoreMeaning
{
    public static async Task<IReadOnlyDictionary<string, MeaningReading>?> ReadAsync(
        string mode, BrandProfile brand, IReadOnlyList<TopicScore> scores, CancellationToken cancellationToken)
    {
        if (mode == "none" || RiskMeaningModel.Default is not { } model)
        {
            return null;
        }

        var candidates = scores.Where(s => s.Relevance.Score >= brand.RelevanceThreshold).Select(s => s.Subject).ToList();
        return await new RiskReader(ScoreEmbeddings.Local, model).ReadAsync(candidates, cancellationToken);
    }
}
