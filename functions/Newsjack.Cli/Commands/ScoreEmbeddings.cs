using Azure;
using Azure.Core;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Newsjack.Azure.Embeddings;
using Newsjack.Azure.Identity;
using Newsjack.Cli.Configuration;
using Newsjack.Core.Brands;
using Newsjack.Core.Buzz;
using Newsjack.Core.News;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Relevance;
using Newsjack.Core.Text;
using Newsjack.Core.Topics;

namespace Newsjack.Cli.Commands;

/// <summary>
/// `score --embeddings local|azure|none`: one embeddings batch per run (brand text + one text per topic) for the
/// semantic-similarity part of relevance. `local` (the default) needs no settings: the model shipped in the
/// package, loaded once per process on first use, with an in-process cache (the command stores nothing).
/// `azure` calls the Azure OpenAI deployment named in the settings.
/// </summary>
internal static class ScoreEmbeddings
{
    private static readonly Lazy<IEmbeddingGenerator<string, Embedding<float>>> SharedLocal = new(() => EmbeddingsRegistration.Cached(
        new LocalEmbeddingGenerator(Options.Create(new EmbeddingsOptions())),
        new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()))));

    /// <summary>The process's local model (cached in memory), for stateless commands.</summary>
    public static IEmbeddingGenerator<string, Embedding<float>> Local => SharedLocal.Value;

    /// <summary>Item embeddings for story grouping by meaning: the local model, or none (`azure` serves relevance only).</summary>
    public static async Task<IReadOnlyDictionary<string, float[]>?> ItemMeaningsAsync(string mode, IReadOnlyList<NewsItem> items, CancellationToken cancellationToken) =>
        mode == "local" ? await ItemMeanings.EmbedAsync(Local, items, cancellationToken) : null;

    /// <summary>
    /// Detects and judges statelessly, as `score` and `cards` do: stories grouped by meaning (`local`), then the
    /// <see cref="ScoringPass"/> the stored job runs, with no card history.
    /// </summary>
    public static async Task<(IReadOnlyList<Topic> Topics, BrandJudgement Judgement)> ScoreAsync(
        string mode, string meaning, string? settingsFile, BrandProfile brand, IReadOnlyList<NewsItem> items, IReadOnlyList<BuzzPost> posts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (topics, subjects) = BrandRun.Detect(items, posts, now, await ItemMeaningsAsync(mode, items, cancellationToken));
        return (topics, await JudgeAsync(mode, meaning, settingsFile, brand, subjects, now, cancellationToken));
    }

    /// <summary>One brand's <see cref="ScoringPass"/> over given subjects, with the embeddings and meaning modes named.</summary>
    public static async Task<BrandJudgement> JudgeAsync(
        string mode, string meaning, string? settingsFile, BrandProfile brand, IReadOnlyList<ScoringSubject> subjects, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reader = ScoreMeaning.Reader(meaning);
        if (mode != "azure")
        {
            var pass = new ScoringPass(BrandScorer.Default, mode == "local" ? new TopicEmbedder(Local) : null, reader);
            return (await pass.ScoreAsync(subjects, [BrandHistory.None(brand)], now, cancellationToken))[0];
        }

        var configuration = CliConfiguration.Build(settingsFile);
        var provider = configuration.GetValue($"{EmbeddingsOptions.SectionName}:{nameof(EmbeddingsOptions.Provider)}", EmbeddingProvider.Local);
        if (provider != EmbeddingProvider.Azure)
        {
            throw new CliUsageException("--embeddings azure needs Embeddings__Provider=azure, Embeddings__Endpoint and Embeddings__Deployment (environment or --settings FILE)");
        }

        // Only the embeddings options: a stateless command needs no storage settings.
        var services = new ServiceCollection().AddSingleton(configuration);
        services.AddOptions<EmbeddingsOptions>().BindConfiguration(EmbeddingsOptions.SectionName).ValidateDataAnnotations();
        services.AddNewsjackCredential();
        await using var provided = services.BuildServiceProvider();
        using var generator = EmbeddingsRegistration.Create(provided.GetRequiredService<IOptions<EmbeddingsOptions>>().Value, provided.GetRequiredService<TokenCredential>());
        try
        {
            var pass = new ScoringPass(BrandScorer.Default, new TopicEmbedder(generator), reader);
            return (await pass.ScoreAsync(subjects, [BrandHistory.None(brand)], now, cancellationToken))[0];
        }
        catch (RequestFailedException ex)
        {
            throw new CliUsageException($"the embeddings service failed: {ex.Message}");
        }
    }
}
