using System.Text.Json;
using Newsjack.Core.Scoring.Analysis;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Report;
using Newsjack.Core.Serialization;

namespace Newsjack.Cli.Commands;

/// <summary>
/// `newsjack score`: clusters, trends, scores and decides for one brand, statelessly (contract output).
/// `--analyzer azure` adds Azure AI Language sentiment and entities for the topics that pass the local filters;
/// `--embeddings azure` adds a bounded semantic-similarity boost to relevance (Azure OpenAI embeddings).
/// </summary>
internal sealed class ScoreCommand : ICliCommand
{
    public string Name => "score";

    public string Usage => "score --brand F --items F.jsonl [--buzz F.jsonl] [--now T] [--analyzer local|azure] [--embeddings none|azure] [--settings FILE] --format json   topics scored for a brand";

    public async Task<int> RunAsync(CliArguments arguments, CliConsole console, CancellationToken cancellationToken)
    {
        var brandFile = arguments.Required("brand");
        var itemsFile = arguments.Required("items");
        var buzzFile = arguments.Optional("buzz");
        var now = arguments.OptionalTime("now") ?? TimeProvider.System.GetUtcNow();
        var analyzer = arguments.Optional("analyzer") ?? "local";
        var embeddings = arguments.Optional("embeddings") ?? "none";
        var settings = arguments.Optional("settings");
        if (analyzer is not ("local" or "azure"))
        {
            throw new CliUsageException($"--analyzer: '{analyzer}' is not one of local, azure");
        }

        if (embeddings is not ("none" or "azure"))
        {
            throw new CliUsageException($"--embeddings: '{embeddings}' is not one of none, azure");
        }

        if (settings is not null && analyzer != "azure" && embeddings != "azure")
        {
            throw new CliUsageException("--settings is only read with --analyzer azure or --embeddings azure (plain score is stateless)");
        }

        arguments.RequireFormat("json");
        arguments.EnsureAllUsed();

        var brand = ScoringInputs.Brand(brandFile);
        var items = ScoringInputs.Lines(itemsFile, NewsjackJsonContext.Default.NewsItem);
        var posts = buzzFile is null ? [] : ScoringInputs.Lines(buzzFile, NewsjackJsonContext.Default.BuzzPost);
        var (topics, scores) = BrandRun.Score(brand, items, posts, now);
        IReadOnlyDictionary<string, double>? similarities = null;
        if (embeddings == "azure")
        {
            // Semantic similarity can only raise relevance; it runs first so the analyzer sees the raised scores.
            similarities = await ScoreEmbeddings.SimilaritiesAsync(settings, brand, [.. scores.Select(s => s.Subject)], cancellationToken);
            scores = BrandRun.Rescore(brand, scores, [], now, similarities);
        }

        if (analyzer == "azure")
        {
            // Local scores pick what is worth paying for; the analysis can only raise risk and add reasons.
            var analyses = await ScoreAnalysis.AnalyzeAsync(settings, TopicAnalysisSelector.Select(brand, scores), cancellationToken);
            scores = BrandRun.Rescore(brand, scores, analyses, now, similarities);
        }

        var report = ScoreReportBuilder.Build(brand.Id, now, topics, scores);
        await console.Out.WriteLineAsync(JsonSerializer.Serialize(report, NewsjackJsonContext.Default.ScoreReport).AsMemory(), cancellationToken);
        return 0;
    }
}
