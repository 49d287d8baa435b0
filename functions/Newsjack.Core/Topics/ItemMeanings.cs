using Microsoft.Extensions.AI;
using Newsjack.Core.News;

namespace Newsjack.Core.Topics;

/// <summary>
/// Sentence embeddings of news items for story grouping by meaning (<see cref="StoryClusterer.AddBatch"/>): one
/// batch per run, the title only (it carries the story; summaries would triple the cost), by item id.
/// </summary>
public static class ItemMeanings
{
    public const int MaxCharacters = 300;

    public static async Task<IReadOnlyDictionary<string, float[]>> EmbedAsync(
        IEmbeddingGenerator<string, Embedding<float>> generator, IReadOnlyList<NewsItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(items);
        var distinct = items.DistinctBy(i => i.Id).ToList();
        if (distinct.Count == 0)
        {
            return new Dictionary<string, float[]>(StringComparer.Ordinal);
        }

        var texts = distinct.Select(i => i.Title.Length <= MaxCharacters ? i.Title : i.Title[..MaxCharacters]).ToList();
        var embeddings = await generator.GenerateAsync(texts, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (embeddings.Count != texts.Count)
        {
            throw new InvalidOperationException($"the embedding service returned {embeddings.Count} embeddings for {texts.Count} texts");
        }

        return Enumerable.Range(0, distinct.Count).ToDictionary(i => distinct[i].Id, i => Unit(embeddings[i].Vector.Span), StringComparer.Ordinal);
    }

    // The Azure model's vectors are unit length already, the local model's too; normalising keeps the rule model-free.
    private static float[] Unit(ReadOnlySpan<float> vector)
    {
        double norm = 0;
        foreach (var x in vector)
        {
            norm += x * (double)x;
        }

        var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0;
        var unit = new float[vector.Length];
        for (var i = 0; i < vector.Length; i++)
        {
            unit[i] = vector[i] * scale;
        }

        return unit;
    }
}
