namespace Newsjack.Cli.Demo;

/// <summary>
/// A local web server for the sample feeds (`/feeds/&lt;file&gt;` with its feed media type) on a free port, their
/// dates moved so the newest story is a few minutes old at <c>now</c>. Anything else is 404, which the demo's fifth
/// feed uses to show a feed error.
/// </summary>
public sealed class SampleFeedServer(WebApplication app) : IAsyncDisposable
{
    public Uri BaseAddress { get; } = new(app.Urls.First());

    private static readonly TimeSpan NewestAge = TimeSpan.FromMinutes(10);

    public static async Task<SampleFeedServer> StartAsync(string feedsFolder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var raw = Directory.GetFiles(feedsFolder).ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal);
        var offset = SampleFeedDates.OffsetFor(raw.Values, now, NewestAge);
        var files = raw.ToDictionary(f => f.Key, f => SampleFeedDates.Shift(f.Value, offset), StringComparer.Ordinal);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/feeds/{file}", (string file) => files.TryGetValue(file, out var content)
            ? Results.Text(content, ContentType(file))
            : Results.NotFound());
        await app.StartAsync(cancellationToken);
        return new SampleFeedServer(app);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private static string ContentType(string file) => file switch
    {
        _ when file.EndsWith(".rss.xml", StringComparison.Ordinal) => "application/rss+xml; charset=utf-8",
        _ when file.EndsWith(".atom.xml", StringComparison.Ordinal) => "application/atom+xml; charset=utf-8",
        _ when file.EndsWith(".rdf", StringComparison.Ordinal) => "application/rdf+xml; charset=utf-8",
        _ when file.EndsWith(".json", StringComparison.Ordinal) => "application/feed+json; charset=utf-8",
        _ => "application/xml; charset=utf-8",
    };
}
