using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Newsjack.Core.Cards.Delivery;

namespace Newsjack.Integration.Tests.Cards;

/// <summary>
/// A real Kestrel server that behaves like a Teams Workflows webhook: it checks the envelope as the flow would
/// (400 with the reason), refuses a wrong `sig` (401), answers 202 with an empty body, and plays scripted faults
/// first (429 + Retry-After, 5xx, a hang until the client gives up, 413). Records every request's arrival time.
/// </summary>
internal sealed class FakeWorkflows : IAsyncDisposable
{
    public const string Signature = "TOPSECRETsig0123456789";

    private readonly ConcurrentQueue<Func<HttpContext, Task>> _faults = new();
    private readonly ConcurrentQueue<(TimeSpan At, string Body, int Status)> _hits = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private WebApplication _app = null!;

    /// <summary>The full webhook URL, secret included, as a brand's setting holds it.</summary>
    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<(TimeSpan At, string Body, int Status)> Hits => [.. _hits];

    /// <summary>Now, on the clock that stamps <see cref="Hits"/>.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    public static async Task<FakeWorkflows> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeWorkflows { _app = builder.Build() };
        fake._app.Run(fake.HandleAsync);
        await fake._app.StartAsync(TestContext.Current.CancellationToken);
        var address = fake._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.Url = new Uri($"{address}/workflows/abc123/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={Signature}");
        return fake;
    }

    public void Throttle(int retryAfterSeconds) => Enqueue(async c =>
    {
        c.Response.StatusCode = 429;
        c.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await c.Response.WriteAsync("Rate limit is exceeded. Try again in 1 seconds.", c.RequestAborted);
    });

    public void Fail(int status, string body = "", int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            Enqueue(async c =>
            {
                c.Response.StatusCode = status;
                await c.Response.WriteAsync(body, c.RequestAborted);
            });
        }
    }

    /// <summary>Holds the request without answering until the client gives up.</summary>
    public void Hang() => Enqueue(async c =>
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted);
        }
        catch (OperationCanceledException)
        {
        }
    });

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private void Enqueue(Func<HttpContext, Task> fault) => _faults.Enqueue(fault);

    private async Task HandleAsync(HttpContext context)
    {
        var at = _clock.Elapsed;
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        if (_faults.TryDequeue(out var fault))
        {
            await fault(context);
        }
        else if (context.Request.Query["sig"] != Signature)
        {
            context.Response.StatusCode = 401;
            await context.Response.WriteAsync("The provided sig is invalid.", context.RequestAborted);
        }
        else if (WorkflowsEnvelopeCheck.Problem(body) is { } problem)
        {
            context.Response.StatusCode = 400;
            await context.Response.WriteAsync(problem, context.RequestAborted);
        }
        else
        {
            context.Response.StatusCode = 202;
        }

        _hits.Enqueue((at, body, context.Response.StatusCode));
    }
}
