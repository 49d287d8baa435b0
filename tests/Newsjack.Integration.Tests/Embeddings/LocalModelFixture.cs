using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Newsjack.Azure.Embeddings;

[assembly: AssemblyFixture(typeof(Newsjack.Integration.Tests.Embeddings.LocalModelFixture))]

namespace Newsjack.Integration.Tests.Embeddings;

/// <summary>The real local model, loaded once for the whole test run (the process shares one model anyway).</summary>
public sealed class LocalModelFixture
{
    public IEmbeddingGenerator<string, Embedding<float>> Generator { get; } = new LocalEmbeddingGenerator(Options.Create(new EmbeddingsOptions()));

    public async Task<float[][]> EmbedAsync(params string[] texts) =>
        [.. (await Generator.GenerateAsync(texts, cancellationToken: TestContext.Current.CancellationToken)).Select(e => e.Vector.ToArray())];
}
