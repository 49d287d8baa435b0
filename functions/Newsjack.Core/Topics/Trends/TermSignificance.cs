namespace Newsjack.Core.Topics.Trends;

/// <summary>
/// One term's standing in the current window: <see cref="Count"/> mentions against a moving <see cref="Mean"/> and
/// <see cref="StdDev"/> per window; <see cref="Significance"/> = (count − mean) / (std + bias), 0 during warm-up.
/// </summary>
public readonly record struct TermSignificance(double Count, double Mean, double StdDev, double Significance, bool HasBaseline);
