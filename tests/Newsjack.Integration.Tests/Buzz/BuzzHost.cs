using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Newsjack.Azure.Buzz;
using Newsjack.Cli.Endpoints;

namespace Newsjack.Integration.Tests.Buzz;

/// <summary>
/// A real Kestrel host on a free port serving `POST /api/buzz` over a real handler; it can answer the first
/// requests with a fault (e.g. 429 + Retry-After), as a busy server would.
/// </summary>
internal sealed class BuzzHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _faultsLeft;

    private BuzzHost(WebApplication app) => _app = app;

    public Uri BuzzUrl { get; private set; } = null!;

    public int Requests { get; private set; }

    public static async Task<BuzzHost> StartAsync(BuzzIngestHandler handler, int faults = 0, int faultStatus = 429, string? retryAfter = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(handler);
        var app = builder.Build();
        var host = new BuzzHost(app) { _faultsLeft = faults };
        app.Use(async (context, next) =>
        {
            host.Requests++;
            if (Interlocked.Decrement(ref host._faultsLeft) >= 0)
            {
                context.Response.StatusCode = faultStatus;
                if (retryAfter is not null)
                {
                    context.Response.Headers.RetryAfter = retryAfter;
                }

                await context.Response.WriteAsync("busy, try later");
                return;
            }

            await next(context);
        });
        app.MapBuzzEndpoints();
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host.BuzzUrl = new Uri(new Uri(address), "/api/buzz");
        return host;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
