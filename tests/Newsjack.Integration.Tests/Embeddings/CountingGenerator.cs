using Microsoft.Extensions.AI;

namespace Newsjack.Integration.Tests.Embeddings;

/// <summary>Passes every call on and records the texts of each, so a test can see what reached the model.</summary>
internal sealed class CountingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner) : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
{
    public List<List<string>> Batches { get; } = [];

    public override Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var batch = values.ToList();
        Batches.Add(batch);
        return base.GenerateAsync(batch, options, cancellationToken);
    }
}
