using System.Text.Json;
using System.Text.Json.Nodes;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.Extensions.AI;

namespace Newsjack.Azure.Embeddings;

/// <summary>
/// Azure OpenAI embeddings REST (<c>POST {endpoint}/openai/deployments/{deployment}/embeddings</c>, body
/// <c>{"input":[...]}</c>) on an Azure.Core pipeline: retries with back-off, Retry-After honoured on 429/503.
/// All inputs go in one request; embeddings come back in input order (the service's <c>index</c> field).
/// </summary>
public sealed class AzureOpenAIEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string Scope = "https://cognitiveservices.azure.com/.default";

    private readonly HttpPipeline _pipeline;
    private readonly EmbeddingsOptions _options;

    public AzureOpenAIEmbeddingGenerator(EmbeddingsOptions options, TokenCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ = options.Endpoint ?? throw new ArgumentException("Embeddings:Endpoint is not set.", nameof(options));
        _options = options;
        var clientOptions = new EmbeddingsClientOptions();
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = options.MaxRetries;
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(options.NetworkTimeoutSeconds);
        clientOptions.Diagnostics.IsLoggingContentEnabled = false;
        HttpPipelinePolicy auth = options.Key is { Length: > 0 } key
            ? new ApiKeyPolicy(key)
            : new BearerTokenAuthenticationPolicy(credential ?? throw new ArgumentException("Set Embeddings:Key or give a token credential.", nameof(credential)), Scope);
        _pipeline = HttpPipelineBuilder.Build(clientOptions, auth);
    }

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var input = new JsonArray([.. values.Select(v => JsonValue.Create(v))]);
        using var message = _pipeline.CreateMessage();
        message.Request.Method = RequestMethod.Post;
        message.Request.Uri.Reset(_options.Endpoint!);
        message.Request.Uri.AppendPath("/openai/deployments/", escape: false);
        message.Request.Uri.AppendPath(_options.Deployment!, escape: true);
        message.Request.Uri.AppendPath("/embeddings", escape: false);
        message.Request.Uri.AppendQuery("api-version", _options.ApiVersion);
        message.Request.Headers.SetValue("Content-Type", "application/json");
        message.Request.Content = RequestContent.Create(JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["input"] = input }, EmbeddingsJsonContext.Default.JsonObject));
        await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (message.Response.IsError)
        {
            throw new RequestFailedException(message.Response);
        }

        using var document = await JsonDocument.ParseAsync(message.Response.ContentStream!, cancellationToken: cancellationToken).ConfigureAwait(false);
        var embeddings = document.RootElement.GetProperty("data").EnumerateArray()
            .OrderBy(d => d.GetProperty("index").GetInt32())
            .Select(d => new Embedding<float>(d.GetProperty("embedding").EnumerateArray().Select(v => v.GetSingle()).ToArray()))
            .ToList();
        if (embeddings.Count != input.Count)
        {
            throw new RequestFailedException($"Azure OpenAI returned {embeddings.Count} embeddings for {input.Count} inputs.");
        }

        return new GeneratedEmbeddings<Embedding<float>>(embeddings);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType?.IsInstanceOfType(this) == true ? this : null;

    public void Dispose()
    {
        // The pipeline owns no disposable state of ours; nothing to release.
    }
}
