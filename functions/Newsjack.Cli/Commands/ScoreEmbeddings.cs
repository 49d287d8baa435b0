using Azure;
using Microsoft.Extensions.Options;
using Newsjack.Azure.Scoring.Embeddings;
using Newsjack.Cli.Configuration;
using Newsjack.Core.Brands;
using Newsjack.Core.Scoring.Relevance;
using Newsjack.Core.Text;

namespace Newsjack.Cli.Commands;

/// <summary>
/// `score --embeddings azure`: one Azure OpenAI embeddings call per run (brand text + one text per topic) for the
/// semantic-similarity boost to relevance. Only on request; off by default and never required.
/// </summary>
internal static class ScoreEmbeddings
{
    public static async Task<IReadOnlyDictionary<string, double>> SimilaritiesAsync(
        string? settingsFile, BrandProfile brand, IReadOnlyList<ScoringSubject> subjects, CancellationToken cancellationToken)
    {
        var configuration = CliConfiguration.Build(settingsFile);
        if (!configuration.GetValue<bool>($"{EmbeddingsOptions.SectionName}:{nameof(EmbeddingsOptions.Enabled)}"))
        {
            throw new CliUsageException("--embeddings azure needs Embeddings__Enabled=true, Embeddings__Endpoint and Embeddings__Deployment (environment or --settings FILE)");
        }

        await using var services = CliServices.Build(configuration);
        try
        {
            return await CliServices.Get<TopicEmbedder>(services).SimilaritiesAsync(brand, subjects, cancellationToken);
        }
        catch (OptionsValidationException ex)
        {
            throw new CliUsageException("invalid settings: " + string.Join("; ", ex.Failures));
        }
        catch (RequestFailedException ex)
        {
            throw new CliUsageException($"the embeddings service failed: {ex.Message}");
        }
    }
}
