namespace Newsjack.Core.Tests.Topics;

/// <summary>BCubed precision and recall (Amigó et al. 2009) of a clustering against gold labels, averaged over items.</summary>
internal static class BCubed
{
    public static (double Precision, double Recall) Score(IReadOnlyDictionary<string, string> predicted, IReadOnlyDictionary<string, string> gold)
    {
        var byCluster = predicted.GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.Select(p => p.Key).ToList());
        var byStory = gold.GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.Select(p => p.Key).ToList());
        double precision = 0, recall = 0;
        foreach (var (item, story) in gold)
        {
            var cluster = byCluster[predicted[item]];
            var correct = cluster.Count(other => gold[other] == story);
            precision += (double)correct / cluster.Count;
            recall += (double)correct / byStory[story].Count;
        }

        return (precision / gold.Count, recall / gold.Count);
    }
}
