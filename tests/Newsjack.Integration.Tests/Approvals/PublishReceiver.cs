using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Newsjack.Core.Approvals.Publishing;

namespace Newsjack.Integration.Tests.Approvals;

/// <summary>
/// A real Kestrel server standing in for a publish target (a Zapier catch hook, Power Automate, Buffer or an
/// in-house service): it checks the signature like a receiver would (401 when wrong), answers 200 with a post
/// id, and plays scripted faults first (429 + Retry-After, 5xx, a hang, 202 with an empty body, 4xx).
/// Records every request with its arrival time.
/// </summary>
internal sealed class PublishReceiver : IAsyncDisposable
{
    public const string Secret = "receiver-shared-secret";
    public const string HookPath = "/hooks/catch/123456/abcdef-secret-token/";

    private readonly ConcurrentQueue<Func<HttpContext, Task<bool>>> _faults = new();
    private readonly ConcurrentQueue<PublishHit> _hits = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private WebApplication _app = null!;

    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<PublishHit> Hits => [.. _hits];

    public static async Task<PublishReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new PublishReceiver { _app = builder.Build() };
        receiver._app.Run(receiver.HandleAsync);
        await receiver._app.StartAsync(TestContext.Current.CancellationToken);
        var address = receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(new Uri(address), HookPath);
        return receiver;
    }

    public void Throttle(string retryAfterSeconds) => Enqueue(async context =>
    {
        context.Response.StatusCode = 429;
        context.Response.Headers.RetryAfter = retryAfterSeconds;
        await context.Response.WriteAsync("slow down", context.RequestAborted);
        return false;
    });

    public void Fail(int status, string body = "", int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            Enqueue(async context =>
            {
                context.Response.StatusCode = status;
                await context.Response.WriteAsync(body, context.RequestAborted);
                return false;
            });
        }
    }

    /// <summary>Holds the request without answering until the client gives up.</summary>
    public void Hang() => Enqueue(async context =>
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
        }

        return false;
    });

    /// <summary>What Power Automate's "When an HTTP request is received" answers: 202, no body.</summary>
    public void AcceptEmpty() => Enqueue(context =>
    {
        context.Response.StatusCode = 202;
        return Task.FromResult(false);
    });

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private void Enqueue(Func<HttpContext, Task<bool>> fault) => _faults.Enqueue(fault);

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        var signature = context.Request.Headers[WebhookSignature.HeaderName].ToString();
        _hits.Enqueue(new PublishHit(_clock.Elapsed, context.Request.Path, context.Request.ContentType, signature,
            context.Request.Headers["Idempotency-Key"].ToString(), body));
        if (_faults.TryDequeue(out var fault) && !await fault(context))
        {
            return;
        }

        if (!WebhookSignature.Verify(body, Secret, signature))
        {
            context.Response.StatusCode = 401;
            await context.Response.WriteAsync("bad signature", context.RequestAborted);
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync("""{"status":"success","id":"post-42"}""", context.RequestAborted);
    }
}
