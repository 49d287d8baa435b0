namespace Newsjack.Core.Scoring.Risk;

/// <summary>Collects the worst tier and a few evidence quotes per category while the checks run.</summary>
internal sealed class CategoryTally
{
    private const int MaxEvidence = 3;
    private readonly Dictionary<string, (RiskTier Tier, List<string> Evidence)> _categories = new(StringComparer.Ordinal);

    public void Raise(string category, RiskTier tier, IEnumerable<string> evidence)
    {
        if (tier == RiskTier.None)
        {
            return;
        }

        if (!_categories.TryGetValue(category, out var entry))
        {
            entry = (tier, []);
        }

        var quotes = evidence.ToList();
        if (tier > entry.Tier)
        {
            // The worst tier's evidence goes first, so the quote shown explains the tier.
            entry = (tier, [.. quotes.Take(MaxEvidence), .. entry.Evidence]);
        }
        else
        {
            entry.Evidence.AddRange(quotes);
        }

        _categories[category] = (entry.Tier, entry.Evidence.Distinct(StringComparer.Ordinal).Take(MaxEvidence).ToList());
    }

    public IReadOnlyList<CategoryRisk> ToList() =>
        [.. _categories.OrderByDescending(c => c.Value.Tier).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new CategoryRisk(c.Key, c.Value.Tier, c.Value.Evidence))];
}
