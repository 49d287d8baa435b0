using Newsjack.Core.Approvals.Learning;
using Newsjack.Core.Brands;

namespace Newsjack.Core.Scoring.Decisions;

/// <summary>
/// What a brand brings to a <see cref="ScoringPass"/> besides its profile: the cards it was sent lately (for the
/// alert-fatigue gate) and what its approvers taught (damping). The stateless commands have neither.
/// </summary>
public sealed record BrandHistory(BrandProfile Brand, IReadOnlyList<SentCard> Sent, LearnedDamping? Learned = null)
{
    public static BrandHistory None(BrandProfile brand) => new(brand, []);
}
