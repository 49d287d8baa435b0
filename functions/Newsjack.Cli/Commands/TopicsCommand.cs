using System.CommandLine;
using System.Text.Json;
using Newsjack.Core.Serialization;
using Newsjack.Core.Topics;

namespace Newsjack.Cli.Commands;

/// <summary>`newsjack topics`: clusters items (and posts) into topics with momentum, statelessly, judged at `--now`.</summary>
internal sealed class TopicsCommand : ICliCommand
{
    private readonly Option<string> _items = CliOptions.Required("--items", "F.jsonl", "news items, one NewsItem JSON object per line");
    private readonly Option<string?> _buzz = CliOptions.Optional("--buzz", "F.jsonl", "buzz posts, one BuzzPost JSON object per line");
    private readonly Option<DateTimeOffset?> _now = CliOptions.Time("--now", "the clock to judge momentum by (default: the current time)");
    private readonly Option<string> _embeddings = CliOptions.OneOf("--embeddings", "sentence embeddings to group one story told in other words: the local model (default) or none", "local", "none");
    private readonly Option<string> _format = CliOptions.Format("json", "text");

    public string Name => "topics";

    public string Usage => "topics --items F.jsonl [--buzz F.jsonl] [--now T] [--embeddings local|none] [--format json|text]   topics with momentum";

    public IReadOnlyList<Symbol> Symbols => [_items, _buzz, _now, _embeddings, _format];

    public async Task<int> RunAsync(ParseResult parse, CliConsole console, CancellationToken cancellationToken)
    {
        var itemsFile = parse.GetRequiredValue(_items);
        var buzzFile = parse.GetValue(_buzz);
        var now = parse.GetValue(_now) ?? TimeProvider.System.GetUtcNow();
        var format = parse.GetValue(_format);

        var items = Read(itemsFile, NewsjackJsonContext.Default.NewsItem);
        var posts = buzzFile is null ? [] : Read(buzzFile, NewsjackJsonContext.Default.BuzzPost);
        var meanings = await ScoreEmbeddings.ItemMeaningsAsync(parse.GetValue(_embeddings) ?? "local", items, cancellationToken);
        var topics = new TopicDetector().Detect(items, posts, now, meanings);
        if (format == "json")
        {
            await console.Out.WriteLineAsync(JsonSerializer.Serialize(new TopicsReport(now, topics), NewsjackJsonContext.Default.TopicsReport).AsMemory(), cancellationToken);
            return 0;
        }

        foreach (var topic in topics)
        {
            await console.Out.WriteLineAsync($"{topic.Id}  {topic.Label}  ({topic.ItemIds.Count} items, {topic.PostCount} posts, {topic.Outlets.Count} outlets)".AsMemory(), cancellationToken);
            foreach (var line in topic.Momentum?.Explanations ?? [])
            {
                await console.Out.WriteLineAsync(("    " + line).AsMemory(), cancellationToken);
            }
        }

        return 0;
    }

    private static IReadOnlyList<T> Read<T>(string path, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonLines.Read(stream, typeInfo, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new CliUsageException(ex is InvalidDataException ? ex.Message : $"{path}: cannot read ({ex.Message})");
        }
    }
}
