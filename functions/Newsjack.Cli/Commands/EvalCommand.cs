using System.CommandLine;
using Newsjack.Cli.Progress;
using Newsjack.Core.Brands;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Evaluation;
using Newsjack.Core.Serialization;
using Newsjack.Core.Text;

namespace Newsjack.Cli.Commands;

/// <summary>
/// `newsjack eval`: scores a labelled set for one brand and prints floor leaks, opportunity recall, suggestion
/// precision and a confusion table by tier; `--explain` lists every error with its reasons. Exit 1 when any floor
/// item would get a card.
/// </summary>
internal sealed class EvalCommand : ICliCommand
{
    private readonly Option<string> _brand = CliOptions.Required("--brand", "F", "brand profile (JSON)");
    private readonly Option<string> _items = CliOptions.Required("--items", "F.jsonl", "news items, one NewsItem JSON object per line");
    private readonly Option<string?> _buzz = CliOptions.Optional("--buzz", "F.jsonl", "buzz posts, one BuzzPost JSON object per line");
    private readonly Option<string> _labels = CliOptions.Required("--labels", "F.jsonl", "human labels, one {itemId, tier, relevantTo} object per line");
    private readonly Option<DateTimeOffset?> _now = CliOptions.Time("--now", "the clock to judge by (default: an hour after the newest item)");
    private readonly Option<string> _group = CliOptions.OneOf("--group", "score topics (items clustered) or each item alone", "topics", "items");
    private readonly Option<string> _embeddings = CliOptions.OneOf("--embeddings", "sentence embeddings for grouping and relevance, as score uses them: the local model (default) or none", "local", "none");
    private readonly Option<string> _meaning = CliOptions.OneOf("--meaning", "risk by meaning: the local classifier over sentence embeddings (default) or none (lexicon and story context only)", "local", "none");
    private readonly Option<bool> _explain = CliOptions.Flag("--explain", "list every floor leak, missed opportunity and false card with the item, its topic and the reasons");

    public string Name => "eval";

    public string Usage => "eval --brand F --items F.jsonl [--buzz F.jsonl] --labels F.jsonl [--now T] [--group topics|items] [--embeddings local|none] [--meaning local|none] [--explain]   decision quality";

    public IReadOnlyList<Symbol> Symbols => [_brand, _items, _buzz, _labels, _now, _group, _embeddings, _meaning, _explain];

    public async Task<int> RunAsync(ParseResult parse, CliConsole console, CancellationToken cancellationToken)
    {
        var brandFile = parse.GetRequiredValue(_brand);
        var itemsFile = parse.GetRequiredValue(_items);
        var buzzFile = parse.GetValue(_buzz);
        var labelsFile = parse.GetRequiredValue(_labels);
        var now = parse.GetValue(_now);
        var perItem = parse.GetValue(_group) == "items";
        var embeddings = parse.GetValue(_embeddings) ?? "local";

        BrandProfile brand;
        IReadOnlyList<ScoringLabel> labels;
        IReadOnlyList<TopicScore> scores;
        DateTimeOffset clock;
        await using (var progress = await CliProgress.StartAsync(console))
        {
            brand = ScoringInputs.Brand(brandFile);
            var items = ScoringInputs.Lines(itemsFile, NewsjackJsonContext.Default.NewsItem, progress);
            var posts = buzzFile is null ? [] : ScoringInputs.Lines(buzzFile, NewsjackJsonContext.Default.BuzzPost, progress);
            labels = ScoringInputs.Lines(labelsFile, NewsjackJsonContext.Default.ScoringLabel, progress);
            // Labelled sets are dated; by default judge them an hour after their newest item, not at today's clock.
            clock = now ?? (items.Count == 0 ? TimeProvider.System.GetUtcNow() : items.Max(i => i.PublishedAt).AddHours(1));
            var step = progress.Step($"scoring {items.Count} items for {brand.Id} (embeddings: {embeddings})");
            // `--group items` only changes what is judged (each item alone, for labelled sets); the judging is the scoring pass `score` runs.
            IReadOnlyList<ScoringSubject> subjects = perItem
                ? [.. items.Select(NewsItemSubject.From)]
                : BrandRun.Detect(items, posts, clock, await ScoreEmbeddings.ItemMeaningsAsync(embeddings, items, cancellationToken)).Subjects;
            scores = (await ScoreEmbeddings.JudgeAsync(embeddings, parse.GetValue(_meaning) ?? "local", null, brand, subjects, clock, cancellationToken)).Scores.Scores;
            step.Done();
        }

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
        if (parse.GetValue(_explain))
        {
            await console.Out.WriteAsync(EvaluationExplanation.Format(report).AsMemory(), cancellationToken);
        }
        else
        {
            foreach (var leak in report.FloorLeaks)
            {
                await console.Out.WriteLineAsync($"LEAK {leak.ItemId}: floor item got '{leak.Predicted.ToId()}'".AsMemory(), cancellationToken);
            }
        }

        return report.FloorLeaks.Count == 0 ? 0 : 1;
    }
}
