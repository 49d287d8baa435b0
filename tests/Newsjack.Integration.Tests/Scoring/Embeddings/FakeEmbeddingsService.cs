using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Newsjack.Integration.Tests.Scoring.Embeddings;

/// <summary>
/// A real Kestrel server on a free port that answers <c>POST /openai/deployments/{name}/embeddings</c> like Azure
/// OpenAI: api-key check (401), unknown deployment (404), scripted 429 + Retry-After, and
/// <c>{"data":[{"object":"embedding","embedding":[...],"index":i}]}</c> from a vector chosen per input text
/// (base64 float32 when the request says <c>"encoding_format":"base64"</c>, as the OpenAI client does).
/// </summary>
internal sealed class FakeEmbeddingsService(Func<string, float[]> vectorFor) : IAsyncDisposable
{
    public const string Key = "fake-openai-key";
    public const string Deployment = "text-embedding-3-small";

    private readonly ConcurrentQueue<(int Status, IReadOnlyList<string> Inputs)> _hits = new();
    private int _throttles;
    private WebApplication _app = null!;

    public Uri Endpoint { get; private set; } = null!;

    public IReadOnlyList<(int Status, IReadOnlyList<string> Inputs)> Hits => [.. _hits];

    /// <summary>The next requests are answered 429 with Retry-After: 1.</summary>
    public void Throttle(int times) => Interlocked.Exchange(ref _throttles, times);

    public static async Task<FakeEmbeddingsService> StartAsync(Func<string, float[]> vectorFor)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var service = new FakeEmbeddingsService(vectorFor) { _app = builder.Build() };
        service._app.Run(service.HandleAsync);
        await service._app.StartAsync(TestContext.Current.CancellationToken);
        service.Endpoint = new Uri(service._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return service;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        var json = JsonNode.Parse(body);
        var inputs = (json?["input"]?.AsArray() ?? []).Select(n => (string)n!).ToList();
        var base64 = (string?)json?["encoding_format"] == "base64";
        var status = context.Request.Path != $"/openai/deployments/{Deployment}/embeddings" || context.Request.Method != "POST" || context.Request.Query["api-version"] != "2024-10-21" ? 404
            : context.Request.Headers["api-key"] != Key ? 401
            : Interlocked.Decrement(ref _throttles) >= 0 ? 429
            : 200;
        _hits.Enqueue((status, inputs));
        context.Response.StatusCode = status;
        if (status == 429)
        {
            context.Response.Headers.RetryAfter = "1";
        }

        var answer = status == 200
            ? new JsonObject
            {
                ["object"] = "list",
                ["data"] = new JsonArray([.. inputs.Select((t, i) => new JsonObject
                {
                    ["object"] = "embedding", ["index"] = i, ["embedding"] = Encode(vectorFor(t), base64),
                })]),
                ["model"] = Deployment,
                ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["total_tokens"] = 10 },
            }
            : new JsonObject { ["error"] = new JsonObject { ["code"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture), ["message"] = "fake error" } };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.ToJsonString(), context.RequestAborted);
    }

    // Like the service: float arrays by default, little-endian float32 bytes in base64 when asked.
    private static JsonNode Encode(float[] vector, bool base64) =>
        base64 ? JsonValue.Create(Convert.ToBase64String(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vector.AsSpan())))
            : new JsonArray([.. vector.Select(v => JsonValue.Create(v))]);
}
