using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Newsjack.Azure.Scoring.Language.Wire;
using Newsjack.Core.Scoring.Analysis;

namespace Newsjack.Azure.Scoring.Language;

/// <summary>
/// Azure AI Language analyze-text over REST on an Azure.Core pipeline (retries with back-off, Retry-After honoured).
/// Chunks each call to the kind's document limit, cuts texts to the configured length on a word, and returns one
/// result per document: per-document errors as <see cref="TextAnalysisResult.Errors"/>, whole-request failures
/// as <see cref="RequestFailedException"/> (status and error code). Thread-safe; register one.
/// </summary>
public sealed class LanguageClient
{
    public const string Scope = "https://cognitiveservices.azure.com/.default";

    private readonly HttpPipeline _pipeline;
    private readonly LanguageOptions _options;
    private readonly TimeSpan _networkTimeout;

    public LanguageClient(LanguageOptions options, LanguageClientOptions clientOptions, TokenCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clientOptions);
        _ = options.Endpoint ?? throw new ArgumentException("Language:Endpoint is not set.", nameof(options));
        _options = options;
        _networkTimeout = clientOptions.Retry.NetworkTimeout;
        HttpPipelinePolicy auth = options.Key is { Length: > 0 } key
            ? new SubscriptionKeyPolicy(key)
            : new BearerTokenAuthenticationPolicy(
                credential ?? throw new ArgumentException("Set Language:Key or give a token credential.", nameof(credential)), Scope);
        _pipeline = HttpPipelineBuilder.Build(clientOptions, auth);
    }

    /// <summary>Part of every cache key: results of another api-version or model are not reused.</summary>
    public string ModelTag => $"{_options.ApiVersion}/{_options.ModelVersion}";

    public Task<IReadOnlyList<TextAnalysisResult>> AnalyzeSentimentAsync(IReadOnlyList<AnalysisDocument> documents, CancellationToken cancellationToken = default) =>
        AnalyzeAsync(AnalysisKinds.Sentiment, documents, cancellationToken);

    public Task<IReadOnlyList<TextAnalysisResult>> RecognizeEntitiesAsync(IReadOnlyList<AnalysisDocument> documents, CancellationToken cancellationToken = default) =>
        AnalyzeAsync(AnalysisKinds.Entities, documents, cancellationToken);

    public Task<IReadOnlyList<TextAnalysisResult>> RecognizePiiEntitiesAsync(IReadOnlyList<AnalysisDocument> documents, CancellationToken cancellationToken = default) =>
        AnalyzeAsync(AnalysisKinds.PiiEntities, documents, cancellationToken);

    public Task<IReadOnlyList<TextAnalysisResult>> DetectLanguageAsync(IReadOnlyList<AnalysisDocument> documents, CancellationToken cancellationToken = default) =>
        AnalyzeAsync(AnalysisKinds.Language, documents, cancellationToken);

    /// <summary>One kind for every document, in as many requests as the kind's document limit needs.</summary>
    public async Task<IReadOnlyList<TextAnalysisResult>> AnalyzeAsync(AnalysisKinds kind, IReadOnlyList<AnalysisDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var task = LanguageTask.For(kind);
        var results = new List<TextAnalysisResult>(documents.Count);
        foreach (var chunk in documents.Chunk(task.MaxDocuments))
        {
            results.AddRange(await SendAsync(task, chunk, cancellationToken));
        }

        return results;
    }

    /// <summary>What a document costs for one kind after cutting: text records (1,000 characters each).</summary>
    public int TextRecordsFor(string text) => TextRecords.Count(TextTruncator.Truncate(text, _options.MaxCharactersPerDocument).Text);

    private async Task<IReadOnlyList<TextAnalysisResult>> SendAsync(LanguageTask task, AnalysisDocument[] chunk, CancellationToken cancellationToken)
    {
        var texts = chunk.Select(d => TextTruncator.Truncate(d.Text, _options.MaxCharactersPerDocument)).ToArray();

        // Wire ids are positions: unique by construction whatever the caller's ids look like.
        var request = new AnalyzeTextRequest(task.Name, task.Parameters(_options.ModelVersion), new AnalyzeTextInput(
            [.. chunk.Select((d, i) => new WireDocument(WireId(i), texts[i].Text, task.Kind == AnalysisKinds.Language ? null : d.Language))]));
        var response = await PostAsync(request, cancellationToken);
        var documents = (response.Documents ?? []).ToDictionary(d => d.Id, StringComparer.Ordinal);
        var errors = (response.Errors ?? []).ToDictionary(e => e.Id, e => e.Error, StringComparer.Ordinal);
        return [.. chunk.Select((d, i) =>
            documents.TryGetValue(WireId(i), out var document) ? WireResultMapper.ToResult(task.Kind, d.Id, document, texts[i].Truncated)
            : errors.TryGetValue(WireId(i), out var error) ? WireResultMapper.ToError(task.Kind, d.Id, error.BestCode, error.BestMessage, texts[i].Truncated)
            : WireResultMapper.ToError(task.Kind, d.Id, "MissingResult", "The service returned neither a result nor an error for this document.", texts[i].Truncated))];
    }

    private async Task<WireResults> PostAsync(AnalyzeTextRequest request, CancellationToken cancellationToken)
    {
        using var message = _pipeline.CreateMessage();
        message.Request.Method = RequestMethod.Post;
        message.Request.Uri.Reset(_options.Endpoint!);
        message.Request.Uri.AppendPath("/language/:analyze-text", escape: false);
        message.Request.Uri.AppendQuery("api-version", _options.ApiVersion);
        message.Request.Headers.SetValue("Content-Type", "application/json");
        message.Request.Content = RequestContent.Create(JsonSerializer.SerializeToUtf8Bytes(request, LanguageJsonContext.Default.AnalyzeTextRequest));
        try
        {
            await _pipeline.SendAsync(message, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is OperationCanceledException or AggregateException)
        {
            // After the last retry Azure.Core throws every attempt's exception together: say what they were.
            var attempts = ex is AggregateException all ? all.InnerExceptions : [ex];
            throw attempts.All(a => a is OperationCanceledException)
                ? new RequestFailedException(0, $"Azure AI Language did not answer within {_networkTimeout.TotalSeconds:0.#} s, after {attempts.Count} attempt(s).", "Timeout", ex)
                : new RequestFailedException(0, $"Azure AI Language could not be reached after {attempts.Count} attempt(s): {attempts[^1].Message}", "Unreachable", ex);
        }

        return LanguageResponseReader.Read(message.Response, request.Kind);
    }

    private static string WireId(int index) => index.ToString(CultureInfo.InvariantCulture);
}
