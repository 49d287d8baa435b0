using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Newsjack.Azure.Embeddings;

/// <summary>
/// The local sentence-embedding model behind <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>. The model
/// loads on first use (not at start-up) and once per process, however many generators share it.
/// </summary>
public sealed class LocalEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    // Texts are embedded shortest first in small batches, so each batch pads its tokens to a similar length.
    private const int BatchSize = 16;
    private const int TokensPerBatch = 1024;
    private static readonly ConcurrentDictionary<(string?, int), Lazy<LocalSentenceModel>> Models = new();
    private readonly Lazy<LocalSentenceModel> _model;
    private readonly EmbeddingGeneratorMetadata _metadata = new("newsjack-local", null, LocalSentenceModel.ModelId, LocalSentenceModel.Dimensions);

    public LocalEmbeddingGenerator(IOptions<EmbeddingsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (folder, threads) = (options.Value.ModelFolder, options.Value.Threads);
        _model = Models.GetOrAdd((folder, threads), key => new(() => LocalSentenceModel.Load(key.Item1, key.Item2), LazyThreadSafetyMode.ExecutionAndPublication));
    }

    public static string ModelId => LocalSentenceModel.ModelId;

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values.ToList();
        var vectors = new float[texts.Count][];
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ToArray();
        foreach (var batch in Batches(order, texts))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var encoded = _model.Value.Encode([.. batch.Select(i => texts[i])]);
            for (var j = 0; j < batch.Count; j++)
            {
                vectors[batch[j]] = encoded[j];
            }
        }

        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(vectors.Select(v => new Embedding<float>(v) { ModelId = ModelId })));
    }

    // At most 16 texts and about 1,024 word pieces (4 characters each, roughly) per call: long texts go in small
    // batches, so the attention buffers of one call stay small.
    private static IEnumerable<List<int>> Batches(int[] order, List<string> texts)
    {
        var batch = new List<int>();
        foreach (var i in order)
        {
            var tokens = Math.Min(LocalSentenceModel.MaxTokens, (texts[i].Length / 4) + 2);
            if (batch.Count > 0 && (batch.Count == BatchSize || (batch.Count + 1) * tokens > TokensPerBatch))
            {
                yield return batch;
                batch = [];
            }

            batch.Add(i);
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    // The model lives as long as the process: other generators share it.
    public void Dispose()
    {
    }
}
