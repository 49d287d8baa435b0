using Newsjack.Core.Scoring.Risk.Meaning;

namespace Newsjack.Cli.Commands;

/// <summary>
/// `score`/`cards`/`eval --meaning local|none`: the risk-meaning classifier over the local embedding model (the
/// scoring pass reads with it the topics that could reach the brand); `none` scores by the lexicon and story context alone.
/// </summary>
internal static class ScoreMeaning
{
    public static RiskReader? Reader(string mode) =>
        mode == "none" || RiskMeaningModel.Default is not { } model ? null : new RiskReader(ScoreEmbeddings.Local, model);
}
