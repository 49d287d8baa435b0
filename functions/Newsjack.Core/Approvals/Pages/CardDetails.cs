using System.Globalization;
using System.Text.Json;
using Newsjack.Core.Brands;
using Newsjack.Core.Cards;
using Newsjack.Core.Cards.Drafts;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Risk;

namespace Newsjack.Core.Approvals.Pages;

/// <summary>
/// What the card page shows that does not change after the card is written: the topic, why now, why this brand, the
/// risk panel, the drafts and sources, and the topic's terms (what learning remembers a decision by). Stored with
/// the card record as JSON, written once by the cards stage.
/// </summary>
public sealed record CardDetails
{
    public required string BrandName { get; init; }
    public required string TopicLabel { get; init; }
    public string? Headline { get; init; }
    public string? WhyNow { get; init; }
    public string? WhyUs { get; init; }
    public required string RiskTier { get; init; }
    public IReadOnlyList<CardViewRisk> RiskCategories { get; init; } = [];
    public IReadOnlyList<CardViewDraft> Drafts { get; init; } = [];
    public IReadOnlyList<CardViewSource> Sources { get; init; } = [];
    public IReadOnlyList<string> Terms { get; init; } = [];
    public DateTimeOffset? WindowClosesAt { get; init; }

    /// <summary>The stored form (camelCase JSON), as the card record's DetailsJson holds it.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, CardDetailsJsonContext.Default.CardDetails);

    /// <summary>Reads a card record's DetailsJson; null when it holds nothing.</summary>
    public static CardDetails? FromJson(string? json) =>
        json is { Length: > 0 } ? JsonSerializer.Deserialize(json, CardDetailsJsonContext.Default.CardDetails) : null;

    public static CardDetails From(BrandProfile brand, TopicScore score, CardTopic topic, IReadOnlyList<DraftPost> drafts)
    {
        ArgumentNullException.ThrowIfNull(brand);
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(drafts);
        var m = topic.Momentum;
        // A topic too new for a baseline has no significance worth a number (it reads 0.0 σ); say so instead.
        var whyNow = m is null ? null : string.Create(CultureInfo.InvariantCulture,
            $"{m.Volume} mentions in the last hour, {(m.BaselinePerHour is null ? "no baseline yet" : $"{m.Significance:0.0} σ above baseline")}, {Count(m.OutletCount, "outlet")}, {Count(topic.PostCount, "post")}. {string.Join(" ", m.Explanations.Take(2))}").Trim();
        var matched = score.Relevance.MatchedTerms;
        var whyUs = string.Create(CultureInfo.InvariantCulture,
            $"Relevance {score.Relevance.Score:0.00} (threshold {brand.RelevanceThreshold:0.00}); {(matched.Count > 0 ? "matches " + string.Join(", ", matched.Take(8)) : "relevant to the brand description")}.");
        return new CardDetails
        {
            BrandName = brand.Name,
            TopicLabel = topic.Label,
            Headline = topic.Headline,
            WhyNow = whyNow,
            WhyUs = whyUs,
            RiskTier = score.Risk.Tier.ToId(),
            RiskCategories = [.. score.Risk.Categories.OrderByDescending(c => c.Tier).Select(c => new CardViewRisk(c.Id, c.Tier.ToId(), [.. c.Evidence.Take(3)]))],
            Drafts = [.. drafts.Select(d => new CardViewDraft(d.Platform.Name, d.Platform.MaxLength, d.Text, [.. brand.Voice.Hashtags]))],
            Sources = [.. topic.Sources.Select(s => new CardViewSource($"{s.Outlet}: {s.Title}", s.Url?.AbsoluteUri))],
            Terms = Learning.DecisionTerms.From(topic.Label, score.Subject.KeyTerms),
            WindowClosesAt = topic.WindowClosesAt,
        };
    }

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}
