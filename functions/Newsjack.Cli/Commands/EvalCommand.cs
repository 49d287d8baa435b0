using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Evaluation;
using Newsjack.Core.Serialization;

namespace Newsjack.Cli.Commands;

/// <summary>
/// `newsjack eval`: scores a labelled set for one brand and prints floor leaks, opportunity recall, suggestion
/// precision and a confusion table by tier. Exit 1 when any floor item would get a card.
/// </summary>
internal sealed class EvalCommand : ICliCommand
{
    public string Name => "eval";

    public string Usage => "eval --brand F --items F.jsonl [--buzz F.jsonl] --labels F.jsonl [--now T] [--group topics|items]   decision quality";

    public async Task<int> RunAsync(CliArguments arguments, CliConsole console, CancellationToken cancellationToken)
    {
        var brandFile = arguments.Required("brand");
        var itemsFile = arguments.Required("items");
        var buzzFile = arguments.Optional("buzz");
        var labelsFile = arguments.Required("labels");
        var now = arguments.OptionalTime("now");
        var group = arguments.Optional("group") ?? "topics";
        if (group is not ("topics" or "items"))
        {
            throw new CliUsageException($"option --group: '{group}' is not topics or items");
        }

        var perItem = group == "items";
        arguments.EnsureAllUsed();

        var brand = ScoringInputs.Brand(brandFile);
        var items = ScoringInputs.Lines(itemsFile, NewsjackJsonContext.Default.NewsItem);
        var posts = buzzFile is null ? [] : ScoringInputs.Lines(buzzFile, NewsjackJsonContext.Default.BuzzPost);
        var labels = ScoringInputs.Lines(labelsFile, NewsjackJsonContext.Default.ScoringLabel);
        // Labelled sets are dated; by default judge them an hour after their newest item, not at today's clock.
        var clock = now ?? (items.Count == 0 ? TimeProvider.System.GetUtcNow() : items.Max(i => i.PublishedAt).AddHours(1));

        var scores = perItem
            ? BrandScorer.Default.ScoreAll([.. items.Select(NewsItemSubject.From)], brand, clock, [])
            : BrandRun.Score(brand, items, posts, clock).Scores;
        EvaluationReport report;
        try
        {
            report = ScoringEvaluator.Evaluate(labels, scores, brand);
        }
        catch (InvalidDataException ex)
        {
            throw new CliUsageException($"{labelsFile}: {ex.Message}");
        }

        await console.Out.WriteLineAsync($"brand: {brand.Id}  ({(perItem ? "each item scored alone" : "items clustered into topics")}, judged at {clock:u})".AsMemory(), cancellationToken);
        await console.Out.WriteAsync(report.Format().AsMemory(), cancellationToken);
        foreach (var leak in report.FloorLeaks)
        {
            await console.Out.WriteLineAsync($"LEAK {leak.ItemId}: floor item got '{leak.Predicted.ToId()}'".AsMemory(), cancellationToken);
        }

        return report.FloorLeaks.Count == 0 ? 0 : 1;
    }
}
