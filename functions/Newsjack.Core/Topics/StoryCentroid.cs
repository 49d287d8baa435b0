namespace Newsjack.Core.Topics;

/// <summary>Adds a member's unit vector to a story centre and keeps only the strongest terms.</summary>
internal static class StoryCentroid
{
    public static void Add(StoryCluster cluster, WeightedFeatures features, int keep)
    {
        foreach (var (feature, weight) in features.Weights)
        {
            cluster.Centroid[feature] = cluster.Centroid.GetValueOrDefault(feature) + weight;
        }

        // Trim with slack so the sort runs once per few additions, not on every one.
        if (cluster.Centroid.Count > keep * 3 / 2)
        {
            cluster.Centroid = cluster.Centroid.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
                .Take(keep).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        }

        cluster.CentroidNorm = Math.Sqrt(cluster.Centroid.Values.Sum(w => w * w));
    }
}
