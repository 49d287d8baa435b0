using System.Text.Json;
using Newsjack.Core.Serialization;
using Newsjack.Core.Topics;

namespace Newsjack.Cli.Commands;

/// <summary>`newsjack topics`: clusters items (and posts) into topics with momentum, statelessly, judged at `--now`.</summary>
internal sealed class TopicsCommand : ICliCommand
{
    public string Name => "topics";

    public string Usage => "topics --items F.jsonl [--buzz F.jsonl] [--now T] [--format json|text]   topics with momentum";

    public async Task<int> RunAsync(CliArguments arguments, CliConsole console, CancellationToken cancellationToken)
    {
        var itemsFile = arguments.Required("items");
        var buzzFile = arguments.Optional("buzz");
        var now = arguments.OptionalTime("now") ?? TimeProvider.System.GetUtcNow();
        arguments.RequireFormat("json", "text");
        var format = arguments.Optional("format") ?? "json";
        arguments.EnsureAllUsed();

        var items = Read(itemsFile, NewsjackJsonContext.Default.NewsItem);
        var posts = buzzFile is null ? [] : Read(buzzFile, NewsjackJsonContext.Default.BuzzPost);
        var topics = new TopicDetector().Detect(items, posts, now);
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
