using System.Text.Json;
using Newsjack.Core.Decisions;
using Newsjack.Core.Decisions.Report;
using Newsjack.Core.Serialization;

namespace Newsjack.Cli.Commands;

/// <summary>`newsjack score`: clusters, trends, scores and decides for one brand, statelessly (contract output).</summary>
internal sealed class ScoreCommand : ICliCommand
{
    public string Name => "score";

    public string Usage => "score --brand F --items F.jsonl [--buzz F.jsonl] [--now T] --format json   topics scored for a brand";

    public async Task<int> RunAsync(CliArguments arguments, CliConsole console, CancellationToken cancellationToken)
    {
        var brandFile = arguments.Required("brand");
        var itemsFile = arguments.Required("items");
        var buzzFile = arguments.Optional("buzz");
        var now = arguments.OptionalTime("now") ?? TimeProvider.System.GetUtcNow();
        arguments.RequireFormat("json");
        arguments.EnsureAllUsed();

        var brand = ScoringInputs.Brand(brandFile);
        var items = ScoringInputs.Lines(itemsFile, NewsjackJsonContext.Default.NewsItem);
        var posts = buzzFile is null ? [] : ScoringInputs.Lines(buzzFile, NewsjackJsonContext.Default.BuzzPost);
        var (topics, scores) = BrandRun.Score(brand, items, posts, now);
        var report = ScoreReportBuilder.Build(brand.Id, now, topics, scores);
        await console.Out.WriteLineAsync(JsonSerializer.Serialize(report, NewsjackJsonContext.Default.ScoreReport).AsMemory(), cancellationToken);
        return 0;
    }
}
