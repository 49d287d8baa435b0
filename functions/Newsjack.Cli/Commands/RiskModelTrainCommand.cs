using System.CommandLine;
using System.Globalization;
using Newsjack.Azure.Embeddings;
using Newsjack.Core.Scoring.Risk.Meaning;

namespace Newsjack.Cli.Commands;

/// <summary>
/// `newsjack risk-model train`: embeds the labelled sentences (TSV: class, template, sentence) with the local model,
/// trains the risk-meaning classifier on four of every five templates per class and reports accuracy on the fifth
/// (wordings it never saw), then trains on all of them and writes the weights the scorer ships with.
/// </summary>
internal sealed class RiskModelTrainCommand : ICliCommand
{
    private readonly Option<string> _sentences = CliOptions.Required("--sentences", "F.tsv", "labelled sentences: class<TAB>template<TAB>sentence, with a header line");
    private readonly Option<string> _out = CliOptions.Required("--out", "F.json", "where to write the classifier (functions/Newsjack.Core/Scoring/Risk/Meaning/risk-meaning.json ships)");

    public string Name => "risk-model train";

    public string Usage => "risk-model train --sentences F.tsv --out F.json   train the risk-meaning classifier, report held-out accuracy";

    public IReadOnlyList<Symbol> Symbols => [_sentences, _out];

    public async Task<int> RunAsync(ParseResult parse, CliConsole console, CancellationToken cancellationToken)
    {
        var file = parse.GetRequiredValue(_sentences);
        var rows = Read(file);
        var embeddings = await ScoreEmbeddings.Local.GenerateAsync(rows.Select(r => r.Sentence), cancellationToken: cancellationToken);
        var vectors = embeddings.Select(e => e.Vector.ToArray()).ToList();
        var heldOut = rows.Select(r => HeldOut(r.Template)).ToList();
        var train = Enumerable.Range(0, rows.Count).Where(i => !heldOut[i]).ToList();
        var test = Enumerable.Range(0, rows.Count).Where(i => heldOut[i]).ToList();

        var split = RiskMeaningTrainer.Train([.. train.Select(i => vectors[i])], [.. train.Select(i => rows[i].Class)], LocalEmbeddingGenerator.ModelId, file);
        var accuracy = RiskMeaningTrainer.Accuracy(split, [.. test.Select(i => vectors[i])], [.. test.Select(i => rows[i].Class)]);
        await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"sentences: {rows.Count} ({train.Count} train, {test.Count} held out: every fifth template per class)").AsMemory(), cancellationToken);
        await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"held-out accuracy (9 classes): {accuracy:0.000}").AsMemory(), cancellationToken);
        var binary = test.Count(i => (split.Classify(vectors[i]).Class == RiskMeaningModel.Harmless) == (rows[i].Class == RiskMeaningModel.Harmless));
        await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"held-out harmful vs harmless: {(double)binary / Math.Max(1, test.Count):0.000}").AsMemory(), cancellationToken);
        foreach (var kind in split.Classes)
        {
            var ofKind = test.Where(i => rows[i].Class == kind).ToList();
            var right = ofKind.Count(i => split.Classify(vectors[i]).Class == kind);
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {kind,-10} {right}/{ofKind.Count}").AsMemory(), cancellationToken);
        }

        foreach (var i in test.Where(i => split.Classify(vectors[i]).Class != rows[i].Class).Take(15))
        {
            var (kind, p) = split.Classify(vectors[i]);
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  wrong: {rows[i].Class} read as {kind} ({p:0.00}): {rows[i].Sentence}").AsMemory(), cancellationToken);
        }

        var full = RiskMeaningTrainer.Train(vectors, [.. rows.Select(r => r.Class)], LocalEmbeddingGenerator.ModelId,
            $"{Path.GetFileName(file)}: {rows.Count} sentences");
        await File.WriteAllTextAsync(parse.GetRequiredValue(_out), full.WithHeldOutAccuracy(Math.Round(accuracy, 3)).ToJsonText(), cancellationToken);
        return 0;
    }

    private static bool HeldOut(string template) => int.TryParse(template.AsSpan(template.LastIndexOf('-') + 1), CultureInfo.InvariantCulture, out var n) && n % 5 == 4;

    private static List<(string Class, string Template, string Sentence)> Read(string file)
    {
        var rows = new List<(string, string, string)>();
        var number = 0;
        foreach (var line in ScoringInputs.TextLines(file))
        {
            number++;
            if (number == 1 || line.Length == 0)
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 3)
            {
                throw new CliUsageException($"{file}: line {number}: expected class, template and sentence separated by tabs");
            }

            rows.Add((parts[0], parts[1], parts[2]));
        }

        return rows;
    }
}
