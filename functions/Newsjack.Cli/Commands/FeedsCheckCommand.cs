using System.CommandLine;
using System.Globalization;
using Newsjack.Azure.News;
using Newsjack.Cli.Configuration;
using Newsjack.Core.News.Feeds;

namespace Newsjack.Cli.Commands;

/// <summary>`newsjack feeds check URL`: fetch and parse one feed without storage; exit 1 when it fails.</summary>
internal sealed class FeedsCheckCommand : ICliCommand
{
    private readonly Argument<string> _url = CliOptions.One("URL", "the feed's http or https address");
    private readonly Option<int> _items = CliOptions.WholeNumber("--items", "N", "items to list", 5, 0, 1000);
    private readonly Option<string?> _settings = CliOptions.Settings("settings file (local.settings.json format) for the News__* fetch settings");

    public string Name => "feeds check";

    public string Usage => "feeds check URL [--items N] [--settings FILE]   fetch and parse one feed (no storage): format, title, items, fetch details";

    public IReadOnlyList<Symbol> Symbols => [_url, _items, _settings];

    public async Task<int> RunAsync(ParseResult parse, CliConsole console, CancellationToken cancellationToken)
    {
        var show = parse.GetValue(_items);
        var settings = parse.GetValue(_settings);
        var text = parse.GetRequiredValue(_url);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new CliUsageException($"'{text}' is not an absolute http or https URL");
        }

        await using var services = CliServices.Build(CliConfiguration.Build(settings));
        var reader = CliServices.Get<FeedReader>(services);
        var result = await reader.ReadAsync("check", url, FeedValidators.None, cancellationToken);

        var output = console.Out;
        var fetch = result.Fetch;
        await output.WriteLineAsync($"fetch:   HTTP {fetch.StatusCode?.ToString(CultureInfo.InvariantCulture) ?? "-"}, {fetch.Bytes.ToString(CultureInfo.InvariantCulture)} bytes, {fetch.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms, {fetch.Redirects.ToString(CultureInfo.InvariantCulture)} redirects");
        await output.WriteLineAsync($"type:    {fetch.ContentType ?? "-"}");
        await output.WriteLineAsync($"etag:    {fetch.Validators.ETag ?? "-"}   last-modified: {fetch.Validators.LastModified ?? "-"}");
        if (result.Feed is not { } feed)
        {
            await console.Error.WriteLineAsync($"newsjack feeds check: {result.Error}");
            return 1;
        }

        await output.WriteLineAsync($"format:  {feed.Format.ToContractName()}");
        await output.WriteLineAsync($"title:   {feed.Title ?? "-"}");
        await output.WriteLineAsync($"items:   {feed.Items.Count.ToString(CultureInfo.InvariantCulture)}");
        foreach (var item in feed.Items.Take(show))
        {
            var date = item.PublishedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) ?? "no date";
            await output.WriteLineAsync($"  - [{date}] {item.Title ?? "(untitled)"}");
            if (item.Link is not null)
            {
                await output.WriteLineAsync($"    {item.Link}");
            }
        }

        return 0;
    }
}
