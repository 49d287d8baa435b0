using System.ComponentModel.DataAnnotations;

namespace Newsjack.Azure.Embeddings;

/// <summary>
/// The sentence-embedding model: the local MiniLM model by default (no settings needed), or an Azure OpenAI
/// deployment. For Azure with no <see cref="Key"/> the app's managed identity (DefaultAzureCredential) is used. The
/// key is a secret: never logged.
/// </summary>
public sealed class EmbeddingsOptions : IValidatableObject
{
    public const string SectionName = "Embeddings";

    public EmbeddingProvider Provider { get; set; } = EmbeddingProvider.Local;

    /// <summary>Where the local model's ONNX file is unpacked once (default: a <c>newsjack/models</c> folder under the temp path).</summary>
    public string? ModelFolder { get; set; }

    /// <summary>Threads for one local inference; 0 uses every processor the process sees.</summary>
    [Range(0, 64)]
    public int Threads { get; set; }

    /// <summary>https://&lt;resource&gt;.openai.azure.com (plain http only to a loopback test server).</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The embedding model deployment's name, e.g. text-embedding-3-small.</summary>
    public string? Deployment { get; set; }

    public string? Key { get; set; }

    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    [Range(1, 300)]
    public int NetworkTimeoutSeconds { get; set; } = 30;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider != EmbeddingProvider.Azure)
        {
            yield break;
        }

        if (Endpoint is not { IsAbsoluteUri: true } e || !(e.Scheme == Uri.UriSchemeHttps || (e.Scheme == Uri.UriSchemeHttp && e.IsLoopback)))
        {
            yield return new ValidationResult("Embeddings:Endpoint must be an https URI such as https://<resource>.openai.azure.com.", [nameof(Endpoint)]);
        }
        else if (e.Scheme == Uri.UriSchemeHttp && string.IsNullOrEmpty(Key))
        {
            yield return new ValidationResult("Embeddings:Endpoint over http needs Embeddings:Key; managed identity tokens are only sent over https.", [nameof(Endpoint)]);
        }

        if (string.IsNullOrWhiteSpace(Deployment))
        {
            yield return new ValidationResult("Embeddings:Deployment must name the embedding model deployment.", [nameof(Deployment)]);
        }
    }
}
