using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Newsjack.Integration.Tests.Scoring.Language;

/// <summary>
/// A real Kestrel server on a free port that answers <c>POST /language/:analyze-text</c> like Azure AI Language:
/// key check (401), per-kind document limits (400 InvalidDocumentBatch), per-document errors inside a 200, and
/// scripted faults (429 + Retry-After, 5xx, slow answers, 202). Records every request with its arrival time.
/// </summary>
internal sealed class FakeLanguageService : IAsyncDisposable
{
    public const string Key = "fake-language-key";

    private static readonly Dictionary<string, int> Limits = new(StringComparer.Ordinal)
    {
        ["SentimentAnalysis"] = 10, ["EntityRecognition"] = 5, ["PiiEntityRecognition"] = 5, ["LanguageDetection"] = 1000,
    };

    private readonly ConcurrentQueue<LanguageFault> _faults = new();
    private readonly ConcurrentQueue<LanguageHit> _hits = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private WebApplication _app = null!;

    public Uri Endpoint { get; private set; } = null!;

    public IReadOnlyList<LanguageHit> Hits => [.. _hits];

    public IReadOnlyList<JsonNode> SentDocuments(string kind) => [.. Hits.Where(h => h.Kind == kind).SelectMany(h => h.Documents)];

    /// <summary>The next requests get these answers, in order, before normal service resumes.</summary>
    public void Enqueue(LanguageFault fault, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _faults.Enqueue(fault);
        }
    }

    public static async Task<FakeLanguageService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var service = new FakeLanguageService { _app = builder.Build() };
        service._app.Run(service.HandleAsync);
        await service._app.StartAsync(TestContext.Current.CancellationToken);
        service.Endpoint = new Uri(service._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return service;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var at = _clock.Elapsed;
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        var json = TryParse(body);
        var kind = (string?)json?["kind"];
        _hits.Enqueue(new(at, context.Request.Headers["Ocp-Apim-Subscription-Key"], context.Request.Query["api-version"], kind, json));
        if (context.Request.Path != "/language/:analyze-text" || context.Request.Method != "POST" || string.IsNullOrEmpty(context.Request.Query["api-version"]))
        {
            await WriteAsync(context, 404, ErrorBody("404", "Resource not found", null));
        }
        else if (context.Request.Headers["Ocp-Apim-Subscription-Key"] != Key)
        {
            await WriteAsync(context, 401, ErrorBody("401", "Access denied due to invalid subscription key or wrong API endpoint.", null));
        }
        else if (_faults.TryDequeue(out var fault) && !await PlayAsync(context, fault))
        {
            return;
        }
        else if (kind is null || !Limits.TryGetValue(kind, out var limit))
        {
            await WriteAsync(context, 400, ErrorBody("InvalidRequest", "Invalid Request.", ("InvalidRequestBodyFormat", "Request body format is wrong.")));
        }
        else if (json!["analysisInput"]?["documents"]?.AsArray() is not { } documents)
        {
            await WriteAsync(context, 400, ErrorBody("InvalidRequest", "Invalid Request.", ("MissingInputDocuments", "Missing input documents.")));
        }
        else if (documents.Count > limit)
        {
            await WriteAsync(context, 400, ErrorBody("InvalidRequest", "Invalid document in request.",
                ("InvalidDocumentBatch", $"Batch request contains too many records. Max {limit} records are permitted.")));
        }
        else
        {
            await WriteAsync(context, 200, Results(kind, documents));
        }
    }

    /// <summary>Plays a scripted fault; true when the normal answer should follow (a slow 200).</summary>
    private static async Task<bool> PlayAsync(HttpContext context, LanguageFault fault)
    {
        try
        {
            await Task.Delay(fault.Delay, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return false; // The client gave up waiting.
        }

        if (fault.Status == 200)
        {
            return true;
        }

        if (fault.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = fault.RetryAfter;
        }

        context.Response.StatusCode = fault.Status;
        if (fault.Code is not null)
        {
            await WriteAsync(context, fault.Status, ErrorBody(fault.Code, $"Scripted {fault.Code}; retry after {fault.RetryAfter ?? "a while"} second(s).", null));
        }

        return false;
    }

    private static JsonObject Results(string kind, JsonArray documents)
    {
        var results = new JsonArray();
        var errors = new JsonArray();
        foreach (var document in documents)
        {
            if (FakeLanguageAnswers.Error(document!) is { } error)
            {
                errors.Add(new JsonObject { ["id"] = (string?)document!["id"], ["error"] = error });
            }
            else
            {
                results.Add(FakeLanguageAnswers.Answer(kind, document!));
            }
        }

        return new JsonObject
        {
            ["kind"] = kind + "Results",
            ["results"] = new JsonObject { ["documents"] = results, ["errors"] = errors, ["modelVersion"] = "2025-01-01", ["projectKind"] = "future-member" },
        };
    }

    private static JsonObject ErrorBody(string code, string message, (string Code, string Message)? inner)
    {
        var error = new JsonObject { ["code"] = code, ["message"] = message };
        if (inner is { } i)
        {
            error["innererror"] = new JsonObject { ["code"] = i.Code, ["message"] = i.Message };
        }

        return new JsonObject { ["error"] = error };
    }

    private static async Task WriteAsync(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    private static JsonNode? TryParse(string body)
    {
        try
        {
            return JsonNode.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
