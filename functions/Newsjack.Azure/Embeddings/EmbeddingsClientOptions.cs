using Azure.Core;

namespace Newsjack.Azure.Embeddings;

/// <summary>Azure.Core pipeline options (retry, transport, diagnostics) for <see cref="AzureOpenAIEmbeddingGenerator"/>.</summary>
public sealed class EmbeddingsClientOptions : ClientOptions;
