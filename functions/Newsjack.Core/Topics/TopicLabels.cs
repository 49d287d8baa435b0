namespace Newsjack.Core.Topics;

/// <summary>Readable labels and key terms from a story's centre.</summary>
public static class TopicLabels
{
    private const int MaxLabelLength = 90;

    /// <summary>The kept headline closest to the story's centre, cut at a word boundary.</summary>
    public static string Label(StoryCluster story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var best = story.LabelCandidates.OrderByDescending(c => story.Cosine(c.Weights)).Select(c => c.Title).FirstOrDefault() ?? story.Id;
        if (best.Length <= MaxLabelLength)
        {
            return best;
        }

        var cut = best.LastIndexOf(' ', MaxLabelLength);
        return best[..(cut > 20 ? cut : MaxLabelLength)] + "…";
    }

    /// <summary>The strongest features, phrases preferred: a word inside an already chosen phrase is not repeated.</summary>
    public static IReadOnlyList<string> KeyTerms(IReadOnlyDictionary<string, double> weights, int count = 6)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var chosen = new List<string>();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (feature, _) in weights.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            var words = feature.Split(' ');
            if (words.All(covered.Contains))
            {
                continue;
            }

            chosen.Add(feature);
            covered.UnionWith(words);
            if (chosen.Count == count)
            {
                break;
            }
        }

        return chosen;
    }
}
