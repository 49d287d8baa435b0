namespace Newsjack.Core.Topics;

/// <summary>Everything <see cref="StoryClusterer"/> needs to resume after a restart; serialized with NewsjackJsonContext.</summary>
public sealed record StoryClustererState
{
    public IReadOnlyList<StoryCluster> Clusters { get; init; } = [];

    public IReadOnlyDictionary<string, int> DocumentFrequencies { get; init; } = new Dictionary<string, int>();

    public long Documents { get; init; }
}
