using System.CommandLine;
using System.Globalization;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Risk.Meaning;
using Newsjack.Core.Serialization;

namespace Newsjack.Cli.Commands;

/// <summary>
/// `newsjack risk-model read`: what the risk-meaning classifier reads each item as, one line per item (id, harm,
/// likeliest kind, the sentence judged), with the shipped weights or a file `risk-model train` wrote. It shows why a
/// topic was floored or suppressed by meaning, and lets a retrained model be measured before it ships.
/// </summary>
internal sealed class RiskModelReadCommand : ICliCommand
{
    private readonly Option<string> _items = CliOptions.Required("--items", "F.jsonl", "news items, one NewsItem JSON object per line");
    private readonly Option<string?> _model = CliOptions.Optional("--model", "F.json", "a classifier written by `risk-model train` (default: the shipped one)");

    public string Name => "risk-model read";

    public string Usage => "risk-model read --items F.jsonl [--model F.json]   each item's harm by meaning, with the sentence judged";

    public IReadOnlyList<Symbol> Symbols => [_items, _model];

    public async Task<int> RunAsync(ParseResult parse, CliConsole console, CancellationToken cancellationToken)
    {
        var modelFile = parse.GetValue(_model);
        RiskMeaningModel model;
        if (modelFile is null)
        {
            model = RiskMeaningModel.Default ?? throw new CliUsageException("this build carries no risk-meaning classifier; pass --model F.json");
        }
        else
        {
            try
            {
                await using var stream = File.OpenRead(modelFile);
                model = RiskMeaningModel.Read(stream, modelFile);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException)
            {
                throw new CliUsageException($"{modelFile}: {ex.Message}");
            }
        }

        var items = ScoringInputs.Lines(parse.GetRequiredValue(_items), NewsjackJsonContext.Default.NewsItem);
        var subjects = items.Select(NewsItemSubject.From).ToList();
        var readings = await new RiskReader(ScoreEmbeddings.Local, model).ReadAsync(subjects, cancellationToken);
        foreach (var item in items)
        {
            if (readings.TryGetValue(item.Id, out var r))
            {
                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{item.Id}\t{r.Probability:0.00}\t{r.Class}\t{r.Sentence}").AsMemory(), cancellationToken);
            }
        }

        return 0;
    }
}
