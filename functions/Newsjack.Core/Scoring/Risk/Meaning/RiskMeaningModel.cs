using System.Text.Json;
using Newsjack.Core.Scoring.Risk.Json;

namespace Newsjack.Core.Scoring.Risk.Meaning;

/// <summary>
/// Reads a sentence embedding as one of the floor kinds of harm (death, disaster, violence, terror, war, abuse,
/// hate, self-harm) or as harmless: a softmax layer trained by <see cref="RiskMeaningTrainer"/> on composed,
/// labelled sentences with decoys ("killing it", "a shot of espresso"). The shipped weights are embedded
/// (`Risk/Meaning/risk-meaning.json`) and belong to one embedding model; other vectors are refused.
/// </summary>
public sealed class RiskMeaningModel
{
    public const string Harmless = "none";
    private const string Resource = "Newsjack.Core.Risk.Meaning.risk-meaning.json";
    private static readonly Lazy<RiskMeaningModel?> Embedded = new(LoadEmbedded);

    private static readonly Dictionary<string, (string Phrase, string Category)> Kinds = new(StringComparer.Ordinal)
    {
        ["death"] = ("a death", RiskCategories.DeathInjuryConflict),
        ["disaster"] = ("a disaster", RiskCategories.DeathInjuryConflict),
        ["violence"] = ("violence against people", RiskCategories.DeathInjuryConflict),
        ["terror"] = ("terror", RiskCategories.Terrorism),
        ["war"] = ("war", RiskCategories.DeathInjuryConflict),
        ["abuse"] = ("abuse", RiskCategories.CrimeHarmfulActs),
        ["hate"] = ("hate", RiskCategories.HateSpeechAggression),
        ["self_harm"] = ("self-harm", RiskCategories.DeathInjuryConflict),
        [Harmless] = ("harmless", ""),
    };

    public RiskMeaningModel(string embeddingModel, IReadOnlyList<string> classes, IReadOnlyList<float[]> weights, IReadOnlyList<float> bias, string trainedOn, double heldOutAccuracy)
    {
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(bias);
        if (classes.Count != weights.Count || classes.Count != bias.Count || weights.Any(w => w.Length != weights[0].Length))
        {
            throw new InvalidDataException("risk-meaning model: classes, weights and bias must have one row per class and one width");
        }

        if (classes.FirstOrDefault(c => !Kinds.ContainsKey(c)) is { } unknown)
        {
            throw new InvalidDataException($"risk-meaning model: class '{unknown}' is not one of {string.Join(", ", Kinds.Keys)}");
        }

        (EmbeddingModel, Classes, Weights, Bias, TrainedOn, HeldOutAccuracy) = (embeddingModel, classes, weights, bias, trainedOn, heldOutAccuracy);
    }

    /// <summary>The shipped classifier, or null when the assembly carries none.</summary>
    public static RiskMeaningModel? Default => Embedded.Value;

    public string EmbeddingModel { get; }

    public IReadOnlyList<string> Classes { get; }

    public IReadOnlyList<float[]> Weights { get; }

    public IReadOnlyList<float> Bias { get; }

    public string TrainedOn { get; }

    public double HeldOutAccuracy { get; }

    public int Dimensions => Weights[0].Length;

    public static string Describe(string kind) => Kinds.TryGetValue(kind, out var k) ? k.Phrase : kind;

    /// <summary>The GARM category a harmful class raises.</summary>
    public static string CategoryOf(string kind) => Kinds[kind].Category;

    /// <summary>Probability of every class, in <see cref="Classes"/> order.</summary>
    public double[] Probabilities(ReadOnlySpan<float> vector)
    {
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"the classifier expects {Dimensions}-dimensional vectors of {EmbeddingModel}, got {vector.Length}", nameof(vector));
        }

        var scores = new double[Classes.Count];
        for (var k = 0; k < scores.Length; k++)
        {
            var w = Weights[k];
            double sum = Bias[k];
            for (var d = 0; d < w.Length; d++)
            {
                sum += w[d] * vector[d];
            }

            scores[k] = sum;
        }

        var max = scores.Max();
        var total = 0.0;
        for (var k = 0; k < scores.Length; k++)
        {
            scores[k] = Math.Exp(scores[k] - max);
            total += scores[k];
        }

        for (var k = 0; k < scores.Length; k++)
        {
            scores[k] /= total;
        }

        return scores;
    }

    /// <summary>The most likely class and its probability.</summary>
    public (string Class, double Probability) Classify(ReadOnlySpan<float> vector)
    {
        var p = Probabilities(vector);
        var best = Array.IndexOf(p, p.Max());
        return (Classes[best], p[best]);
    }

    /// <summary>
    /// How likely the sentence is harm of any floor kind (1 − P(harmless)), with the most likely kind: the kinds
    /// blur into each other (a fire's death toll reads as a disaster or a death), harm against harmless does not.
    /// </summary>
    public (string Kind, double Probability) Harm(ReadOnlySpan<float> vector)
    {
        var p = Probabilities(vector);
        var harmless = Classes.ToList().IndexOf(Harmless);
        var best = Enumerable.Range(0, p.Length).Where(k => k != harmless).MaxBy(k => p[k]);
        return (Classes[best], harmless < 0 ? 1 : 1 - p[harmless]);
    }

    /// <summary>The same weights, recording the accuracy measured on held-out sentences.</summary>
    public RiskMeaningModel WithHeldOutAccuracy(double accuracy) => new(EmbeddingModel, Classes, Weights, Bias, TrainedOn, accuracy);

    /// <summary>The data file `risk-model train` writes and the assembly embeds.</summary>
    public string ToJsonText() =>
        JsonSerializer.Serialize(new RiskMeaningJson(EmbeddingModel, Dimensions, Classes, Weights, Bias, TrainedOn, HeldOutAccuracy), RiskDataJsonContext.Default.RiskMeaningJson) + "\n";

    public static RiskMeaningModel Read(Stream content, string file)
    {
        var json = JsonSerializer.Deserialize(content, RiskDataJsonContext.Default.RiskMeaningJson)
            ?? throw new InvalidDataException($"{file}: empty");
        if (json.Classes is null || json.Weights is null || json.Bias is null || json.EmbeddingModel is null)
        {
            throw new InvalidDataException($"{file}: embeddingModel, classes, weights and bias are required");
        }

        return new RiskMeaningModel(json.EmbeddingModel, json.Classes, json.Weights, json.Bias, json.TrainedOn ?? "", json.HeldOutAccuracy ?? 0);
    }

    private static RiskMeaningModel? LoadEmbedded()
    {
        using var stream = typeof(RiskMeaningModel).Assembly.GetManifestResourceStream(Resource);
        return stream is null ? null : Read(stream, Resource);
    }
}
