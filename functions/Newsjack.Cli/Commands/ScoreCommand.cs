using System.CommandLine;
using System.Text.Json;
using Newsjack.Cli.Progress;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Report;
using Newsjack.Core.Serialization;

namespace Newsjack.Cli.Commands;

/// <summary>
/// `newsjack score`: clusters, trends, scores and decides for one brand, statelessly (contract output).
/// `--analyzer azure` adds Azure AI Language sentiment and entities for the topics that pass the local filters;
/// `--embeddings` adds a bounded semantic-similarity boost to relevance: the local model by default, Azure OpenAI
/// embeddings with `azure`, word matching only with `none`.
/// </summary>
internal sealed class ScoreCommand : ICliCommand
{
    private readonly Option<string> _brand = CliOptions.Required("--brand", "F", "brand profile (JSON)");
    private readonly Option<string> _items = CliOptions.Required("--items", "F.jsonl", "news items, one NewsItem JSON object per line");
    private readonly Option<string?> _buzz = CliOptions.Optional("--buzz", "F.jsonl", "buzz posts, one BuzzPost JSON object per line");
    private readonly Option<DateTimeOffset?> _now = CliOptions.Time("--now", "the clock to judge by (default: the current time)");
    private readonly Option<string> _analyzer = CliOptions.OneOf("--analyzer", "azure adds Azure AI Language mood for relevant, non-floor topics (needs Language__* and storage settings)", "local", "azure");
    private readonly Option<string> _meaning = CliOptions.OneOf("--meaning", "risk by meaning: the local classifier over sentence embeddings (default) or none (lexicon and story context only)", "local", "none");
    private readonly Option<string> _embeddings = CliOptions.OneOf("--embeddings", "sentence embeddings for relevance: the local model (default), azure (needs Embeddings__* settings) or none", "local", "azure", "none");
    private readonly Option<string?> _settings = CliOptions.Settings("settings file (local.settings.json format), read only with --analyzer azure or --embeddings azure");
    private readonly Option<string> _format = CliOptions.Format("json");

    public string Name => "score";

    public string Usage => "score --brand F --items F.jsonl [--buzz F.jsonl] [--now T] [--analyzer local|azure] [--embeddings local|azure|none] [--meaning local|none] [--settings FILE] --format json   topics scored for a brand";

    public IReadOnlyList<Symbol> Symbols => [_brand, _items, _buzz, _now, _analyzer, _embeddings, _meaning, _settings, _format];

    public async Task<int> RunAsync(ParseResult parse, CliConsole console, CancellationToken cancellationToken)
    {
        var brandFile = parse.GetRequiredValue(_brand);
        var itemsFile = parse.GetRequiredValue(_items);
        var buzzFile = parse.GetValue(_buzz);
        var now = parse.GetValue(_now) ?? TimeProvider.System.GetUtcNow();
        var analyzer = parse.GetValue(_analyzer);
        var embeddings = parse.GetValue(_embeddings) ?? "local";
        var settings = parse.GetValue(_settings);
        if (settings is not null && analyzer != "azure" && embeddings != "azure")
        {
            throw new CliUsageException("--settings is only read with --analyzer azure or --embeddings azure (plain score is stateless)");
        }

        ScoreReport report;
        await using (var progress = await CliProgress.StartAsync(console))
        {
            var brand = ScoringInputs.Brand(brandFile);
            var items = ScoringInputs.Lines(itemsFile, NewsjackJsonContext.Default.NewsItem, progress);
            var posts = buzzFile is null ? [] : ScoringInputs.Lines(buzzFile, NewsjackJsonContext.Default.BuzzPost, progress);
            // The scoring pass the stored job runs (grouping by meaning, similarity, risk by meaning), with no card history.
            var meaning = parse.GetValue(_meaning) ?? "local";
            var step = progress.Step($"clustering {items.Count} items and {posts.Count} posts, scoring for {brand.Id}, embeddings ({embeddings}), risk by meaning ({meaning})");
            var (topics, judged) = await ScoreEmbeddings.ScoreAsync(embeddings, meaning, settings, brand, items, posts, now, cancellationToken);
            var scores = judged.Scores.Scores;
            step.Done();

            if (analyzer == "azure")
            {
                // Local scores pick what is worth paying for; the analysis can only raise risk and add reasons.
                step = progress.Step("Azure AI Language analysis");
                var analyses = await ScoreAnalysis.AnalyzeAsync(settings, TopicAnalysisSelector.Select(brand, scores), cancellationToken);
                scores = BrandRun.Rescore(judged, analyses, now);
                step.Done();
            }

            report = ScoreReportBuilder.Build(brand.Id, now, topics, scores);
        }

        await console.Out.WriteLineAsync(JsonSerializer.Serialize(report, NewsjackJsonContext.Default.ScoreReport).AsMemory(), cancellationToken);
        return 0;
    }
}
