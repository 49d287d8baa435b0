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
    // Texts go in batches of one token length (no padding: padded positions cost as much as words and, for
    // headlines and summary sentences, were a fifth of the work), at most 64 texts and 1,024 word pieces per call
    // so the attention buffers of one call stay small.
    private const int BatchSize = 64;
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
        var model = _model.Value;
        var tokens = values.Select(model.Tokenize).ToList();
        var vectors = new float[tokens.Count][];
        foreach (var batch in Batches(tokens))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var encoded = model.Encode([.. batch.Select(i => tokens[i])]);
            for (var j = 0; j < batch.Count; j++)
            {
                vectors[batch[j]] = encoded[j];
            }
        }

        return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(vectors.Select(v => new Embedding<float>(v) { ModelId = ModelId })));
    }

    private static IEnumerable<List<int>> Batches(List<long[]> tokens) =>
        Enumerable.Range(0, tokens.Count).GroupBy(i => tokens[i].Length).OrderBy(g => g.Key)
            .SelectMany(g => g.Chunk(Math.Clamp(TokensPerBatch / g.Key, 1, BatchSize)).Select(c => c.ToList()));

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
