using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Azure;
using Newsjack.Azure.News;
using Newsjack.Cli.Configuration;
using Newsjack.Core.News;
using Newsjack.Core.Serialization;

namespace Newsjack.Cli.Commands;

/// <summary>`newsjack feeds status`: each feed's polling health from storage. Exit 1 when a feed is failing.</summary>
internal sealed class FeedsStatusCommand : ICliCommand
{
    private readonly Option<string?> _settings = CliOptions.Settings();
    private readonly Option<string> _format = CliOptions.Format("table", "json");

    public string Name => "feeds status";

    public string Usage => "feeds status [--settings FILE] [--format table|json]   per-feed health: last success, last error, failures, items";

    public IReadOnlyList<Symbol> Symbols => [_settings, _format];

    public async Task<int> RunAsync(ParseResult parse, CliConsole console, CancellationToken cancellationToken)
    {
        var format = parse.GetValue(_format);
        var settings = parse.GetValue(_settings);
        await using var services = CliServices.Build(CliConfiguration.Build(settings));
        IReadOnlyList<FeedHealth> health;
        try
        {
            health = await FeedHealthReport.ReadAsync(CliServices.Get<FeedCatalog>(services), CliServices.Get<FeedStateStore>(services), cancellationToken);
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException or InvalidDataException)
        {
            throw new CliUsageException(ex is InvalidDataException ? ex.Message : $"cannot read feed health from storage: {ex.Message}");
        }

        if (format == "json")
        {
            await console.Out.WriteLineAsync(JsonSerializer.Serialize(health, NewsjackJsonContext.Default.IReadOnlyListFeedHealth));
        }
        else
        {
            WriteTable(console.Out, health);
        }

        return health.Any(h => h.ConsecutiveFailures > 0) ? 1 : 0;
    }

    private static void WriteTable(TextWriter output, IReadOnlyList<FeedHealth> health)
    {
        if (health.Count == 0)
        {
            output.WriteLine("No feeds configured or polled (set News__FeedsFile).");
            return;
        }

        var width = Math.Max(4, health.Max(h => h.Feed.Length));
        output.WriteLine($"{"FEED".PadRight(width)}  {"LAST SUCCESS",-20}  {"FAILS",5}  {"ITEMS",7}  LAST ERROR");
        foreach (var h in health)
        {
            var error = h.LastError is null ? "" : $"{Time(h.LastErrorAt)} {h.LastError}";
            output.WriteLine($"{h.Feed.PadRight(width)}  {Time(h.LastSuccessAt),-20}  {h.ConsecutiveFailures,5}  {h.ItemsSeen,7}  {error}");
        }
    }

    private static string Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "never";
}
