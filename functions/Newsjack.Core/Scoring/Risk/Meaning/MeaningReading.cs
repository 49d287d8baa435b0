namespace Newsjack.Core.Scoring.Risk.Meaning;

/// <summary>What the classifier read a topic's most harmful sentence as: the probability of harm and its likeliest kind ("death", "war"…).</summary>
public sealed record MeaningReading(string ItemId, string Sentence, string Class, double Probability)
{
    /// <summary>"a death (0.93)" for reasons.</summary>
    public string Describe() => $"{RiskMeaningModel.Describe(Class)} ({Probability.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)})";
}
