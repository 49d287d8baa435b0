using System.Globalization;
using Newsjack.Core.Brands;
using Newsjack.Core.Text;

namespace Newsjack.Core.Scoring.Relevance;

/// <summary>
/// Relevance = fit × ((1 − s) + s × timeliness). Fit combines every matched brand topic (weight × coverage), the
/// brand's name or hashtags and competitor mentions as a noisy-OR, so several modest matches add up but never
/// pass 1. Timeliness = momentum (sigma / 4, capped) × freshness (half-life 6 h since last seen).
/// </summary>
public sealed class RelevanceScorer(RelevanceOptions options)
{
    public static RelevanceScorer Default { get; } = new(RelevanceOptions.Default);

    /// <summary>
    /// Scores one subject; <c>similarity</c> is its embedding similarity to the brand, when semantic scoring is on.
    /// With <c>harmful</c> the brand's and competitors' names do not count: naming the brand in a harmful story is a
    /// risk for it, not a fit (<see cref="RelevanceResult.Mentions"/> still lists them for the risk side).
    /// </summary>
    public RelevanceResult Score(ScoringSubject subject, BrandProfile brand, DateTimeOffset now, double? similarity = null, bool harmful = false)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(brand);
        var headline = new[] { subject.Label }.Concat(subject.KeyTerms).Concat(subject.Hashtags).Select(WordSplitter.Split).ToList();
        var texts = subject.Items.Concat(subject.Posts).Select(t => WordSplitter.Split(t.Text)).ToList();

        var contributions = new List<(string Term, double Value, string Kind)>();
        foreach (var topic in brand.Topics)
        {
            contributions.Add((topic.Phrase, topic.Weight * TermCoverage.Of(new Phrase(topic.Phrase), headline, texts, options), "topic"));
        }

        foreach (var own in brand.Voice.Hashtags.Append(brand.Name))
        {
            contributions.Add((own, options.BrandMentionWeight * TermCoverage.Of(new Phrase(own), headline, texts, options), "brand"));
        }

        foreach (var competitor in brand.Competitors)
        {
            contributions.Add((competitor, options.CompetitorWeight * TermCoverage.Of(new Phrase(competitor), headline, texts, options), "competitor"));
        }

        var mentions = contributions.Where(c => c.Value > 0 && c.Kind != "topic").Select(c => c.Term).ToList();
        var byWords = contributions.Where(c => c.Value > 0 && !(harmful && c.Kind != "topic")).OrderByDescending(c => c.Value).ToList();
        // A name is a fact whatever the topic means; a brand topic's word may be used in another sense.
        var unrelated = similarity is { } s && SemanticRelevance.Unrelated(s) && byWords.Any(c => c.Kind == "topic");
        var matched = unrelated
            ? [.. byWords.Select(c => c.Kind == "topic" ? c with { Value = c.Value * SemanticRelevance.UnrelatedCredit } : c).OrderByDescending(c => c.Value)]
            : byWords;
        var (timeliness, timeReasons) = Timeliness(subject, now);
        var boost = similarity is { } sim ? SemanticRelevance.Boost(sim) : 0;
        var fit = Fit(matched);
        var score = Scored(fit, timeliness, boost);

        var reasons = new List<string>();
        AddReason(reasons, "matched brand topics", matched.Where(c => c.Kind == "topic"));
        AddReason(reasons, "brand mentioned", matched.Where(c => c.Kind == "brand"));
        AddReason(reasons, "competitor mentioned", matched.Where(c => c.Kind == "competitor"));
        if (harmful && mentions.Count > 0)
        {
            reasons.Add($"named in a harmful story: {string.Join(", ", mentions)} (a risk for the brand, not a fit)");
        }

        reasons.AddRange(timeReasons);
        if (similarity is { } similar)
        {
            reasons.Add(unrelated ? SemanticRelevance.UnrelatedReason(similar) : SemanticRelevance.Reason(similar));
        }

        return new RelevanceResult(Math.Round(score, 3), Math.Round(fit, 3), [.. matched.Select(c => c.Term)], reasons)
        {
            Mentions = mentions,
            ByWords = Math.Round(unrelated ? Scored(Fit(byWords), timeliness, boost) : score, 3),
        };
    }

    // Noisy-OR: several modest matches add up but never pass 1.
    private static double Fit(IEnumerable<(string Term, double Value, string Kind)> matched) =>
        1 - matched.Aggregate(1.0, (rest, c) => rest * (1 - c.Value));

    private double Scored(double fit, double timeliness, double boost) =>
        Math.Clamp((fit * (1 - options.TimelinessShare + (options.TimelinessShare * timeliness))) + boost, 0, 1);

    private (double Value, IReadOnlyList<string> Reasons) Timeliness(ScoringSubject subject, DateTimeOffset now)
    {
        var momentum = subject.MomentumSigma is { } sigma ? Math.Clamp(sigma / options.FullMomentumSigma, 0, 1) : 0.5;
        var ageHours = Math.Max(0, (now - subject.LastSeen).TotalHours);
        var freshness = Math.Pow(0.5, ageHours / options.FreshnessHalfLifeHours);
        var momentumText = subject.MomentumSigma is { } s
            ? string.Create(CultureInfo.InvariantCulture, $"momentum: {Math.Abs(s):0.0} sigma {(s >= 0 ? "above" : "below")} baseline")
            : "momentum: unknown (counted as average)";
        var freshText = string.Create(CultureInfo.InvariantCulture, $"freshness: last seen {ageHours:0.#} h ago ({freshness:0.00})");
        return (momentum * freshness, [momentumText, freshText]);
    }

    private static void AddReason(List<string> reasons, string title, IEnumerable<(string Term, double Value, string Kind)> terms)
    {
        var list = terms.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Term} ({t.Value:0.00})")).ToList();
        if (list.Count > 0)
        {
            reasons.Add($"{title}: {string.Join(", ", list)}");
        }
    }
}
