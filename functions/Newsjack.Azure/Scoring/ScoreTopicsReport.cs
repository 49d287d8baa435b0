using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Topics;

namespace Newsjack.Azure.Scoring;

/// <summary>One `ScoreTopics` run: the stored topics it read (most significant first) and each brand's decisions.</summary>
public sealed record ScoreTopicsReport(IReadOnlyList<Topic> Topics, IReadOnlyList<BrandScores> Brands)
{
    public static ScoreTopicsReport None { get; } = new([], []);
}
