using System.Collections.Concurrent;

namespace Newsjack.Integration.Tests.News;

/// <summary>
/// A real Kestrel server on a free port that serves whatever each test maps to a path (feeds, errors, redirects,
/// slow or huge bodies) and remembers the request headers it received.
/// </summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);
    private readonly WebApplication _app;

    private FeedServer(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Path, IHeaderDictionary Headers)> Requests { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<FeedServer> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new FeedServer(builder.Build());
        server._app.Run(server.HandleAsync);
        await server._app.StartAsync(cancellationToken);
        var address = server._app.Urls.First();
        server.BaseAddress = new Uri(address);
        return server;
    }

    public Uri Url(string path) => new(BaseAddress, path);

    public void Map(string path, RequestDelegate handler) => _routes[path] = handler;

    /// <summary>Serves a fixed body with a content type (and optional extra headers).</summary>
    public void MapBody(string path, string body, string contentType = "application/rss+xml; charset=utf-8") =>
        Map(path, context =>
        {
            context.Response.ContentType = contentType;
            return context.Response.WriteAsync(body, context.RequestAborted);
        });

    public int Hits(string path) => Requests.Count(r => r.Path == path);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        Requests.Enqueue((path, new HeaderDictionary(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value))));
        if (_routes.TryGetValue(path, out var handler))
        {
            return handler(context);
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
