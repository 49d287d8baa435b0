using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Newsjack.Integration.Tests.Scoring.SecondOpinion;

/// <summary>
/// A real Kestrel server on a free port that answers <c>POST /openai/deployments/{name}/chat/completions</c> like
/// Azure OpenAI: api-key check (401), unknown deployment or API version (404), scripted faults (429 + Retry-After,
/// 500, an answer slower than the client waits) and a <c>chat.completion</c> whose message content is chosen per
/// topic text (the user message).
/// </summary>
public sealed class FakeChatService(Func<string, string> answerFor) : IAsyncDisposable
{
    public const string Key = "fake-openai-key";
    public const string Deployment = "gpt-4o-mini";

    private readonly ConcurrentQueue<(int Status, string System, string User)> _hits = new();
    private readonly ConcurrentQueue<Fault> _faults = new();
    private WebApplication _app = null!;

    public enum Fault
    {
        Throttle,
        ServerError,
        Slow,
    }

    public Uri Endpoint { get; private set; } = null!;

    public IReadOnlyList<(int Status, string System, string User)> Hits => [.. _hits];

    /// <summary>The next request gets this fault instead of an answer.</summary>
    public void Next(Fault fault) => _faults.Enqueue(fault);

    public static async Task<FakeChatService> StartAsync(Func<string, string> answerFor)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var service = new FakeChatService(answerFor) { _app = builder.Build() };
        service._app.Run(service.HandleAsync);
        await service._app.StartAsync(TestContext.Current.CancellationToken);
        service.Endpoint = new Uri(service._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return service;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        var messages = JsonNode.Parse(body)?["messages"]?.AsArray() ?? [];
        string Content(string role) => string.Join("\n", messages.Where(m => (string?)m?["role"] == role).Select(m => Text(m!["content"])));
        var (system, user) = (Content("system"), Content("user"));
        var fault = _faults.TryDequeue(out var f) ? f : (Fault?)null;
        var status = context.Request.Path != $"/openai/deployments/{Deployment}/chat/completions" || context.Request.Method != "POST" || context.Request.Query["api-version"] != "2024-10-21" ? 404
            : context.Request.Headers["api-key"] != Key ? 401
            : fault == Fault.Throttle ? 429
            : fault == Fault.ServerError ? 500
            : 200;
        _hits.Enqueue((status, system, user));
        if (fault == Fault.Slow)
        {
            await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
        }

        context.Response.StatusCode = status;
        if (status == 429)
        {
            context.Response.Headers.RetryAfter = "1";
        }

        var answer = status == 200
            ? new JsonObject
            {
                ["id"] = "chatcmpl-fake", ["object"] = "chat.completion", ["created"] = 1767225600, ["model"] = Deployment,
                ["choices"] = new JsonArray(new JsonObject
                {
                    ["index"] = 0, ["finish_reason"] = "stop",
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = answerFor(user) },
                }),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 300, ["completion_tokens"] = 30, ["total_tokens"] = 330 },
            }
            : new JsonObject { ["error"] = new JsonObject { ["code"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture), ["message"] = "fake error" } };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.ToJsonString(), context.RequestAborted);
    }

    // The OpenAI client sends content as a string or as an array of text parts.
    private static string Text(JsonNode? content) => content switch
    {
        JsonValue v => (string?)v ?? "",
        JsonArray parts => string.Concat(parts.Select(p => (string?)p?["text"] ?? "")),
        _ => "",
    };
}
