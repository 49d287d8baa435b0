using Newsjack.Core.News;
using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Text;

namespace Newsjack.Core.Topics;

/// <summary>Whether an item reports harm (a floor-tier risk term: deaths, shootings, abuse), read from the risk lexicon.</summary>
public static class HarmSignal
{
    public static bool Of(NewsItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var text = WordSplitter.Split(item.Title + ". " + item.Summary);
        return RiskLexicon.Default.Scan(text).Any(h => h.Tier == RiskTier.Floor);
    }
}
