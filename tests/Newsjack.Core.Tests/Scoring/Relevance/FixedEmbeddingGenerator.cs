using Microsoft.Extensions.AI;

namespace Newsjack.Core.Tests.Scoring.Relevance;

/// <summary>An in-test embedding generator: a fixed vector per text (chosen by the test), recording every batch.</summary>
internal sealed class FixedEmbeddingGenerator(Func<string, float[]> vectorFor) : IEmbeddingGenerator<string, Embedding<float>>
{
    public List<IReadOnlyList<string>> Batches { get; } = [];

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var batch = values.ToList();
        Batches.Add(batch);
        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(batch.Select(v => new Embedding<float>(vectorFor(v)))));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
        // Nothing held.
    }
}
