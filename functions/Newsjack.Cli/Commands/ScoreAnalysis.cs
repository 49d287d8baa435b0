using Azure;
using Newsjack.Azure.Scoring.Language;
using Newsjack.Cli.Configuration;
using Newsjack.Core.Scoring.Analysis;

namespace Newsjack.Cli.Commands;

/// <summary>
/// `score --analyzer azure`: sends the selected topic documents to Azure AI Language, with its content-hash cache
/// in storage, so the same text is billed once across runs. Only on request: plain `score` stays stateless.
/// </summary>
internal static class ScoreAnalysis
{
    public static async Task<IReadOnlyList<TextAnalysisResult>> AnalyzeAsync(
        string? settingsFile, IReadOnlyList<AnalysisDocument> documents, CancellationToken cancellationToken)
    {
        var configuration = CliConfiguration.Build(settingsFile);
        if (!configuration.GetValue<bool>($"{LanguageOptions.SectionName}:{nameof(LanguageOptions.Enabled)}"))
        {
            throw new CliUsageException("--analyzer azure needs Language__Enabled=true, Language__Endpoint and storage settings (environment or --settings FILE)");
        }

        if (documents.Count == 0)
        {
            return [];
        }

        await using var services = CliServices.Build(configuration);
        try
        {
            return await CliServices.Get<ITextAnalyzer>(services).AnalyzeAsync(documents, cancellationToken);
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException)
        {
            throw new CliUsageException($"cannot use the analysis cache in storage: {ex.Message}");
        }
    }
}
