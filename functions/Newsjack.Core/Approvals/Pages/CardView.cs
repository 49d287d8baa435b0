using Newsjack.Core.Cards;

namespace Newsjack.Core.Approvals.Pages;

/// <summary>
/// What a card page shows about one card: the topic, why now and why this brand, the risk panel, the drafts and
/// sources, and where the card stands. Every string may come from feeds, posts or people: pages escape them all.
/// </summary>
public sealed record CardView
{
    public required string CardId { get; init; }
    public required string BrandId { get; init; }
    public required string BrandName { get; init; }
    public required string TopicLabel { get; init; }
    public string? Headline { get; init; }
    public string? WhyNow { get; init; }
    public string? WhyUs { get; init; }

    /// <summary><c>suggest</c> or <c>review</c>; a review card is marked at the top of the page.</summary>
    public string Decision { get; init; } = "suggest";
    public required string RiskTier { get; init; }
    public IReadOnlyList<CardViewRisk> RiskCategories { get; init; } = [];
    public IReadOnlyList<CardViewDraft> Drafts { get; init; } = [];
    public IReadOnlyList<CardViewSource> Sources { get; init; } = [];
    public DateTimeOffset? WindowClosesAt { get; init; }

    /// <summary>The card record's state word (<c>Delivered</c>, <c>Approved</c>, …).</summary>
    public required string State { get; init; }
    public string? DecidedBy { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public string? Reason { get; init; }

    /// <summary>Terms of the topic, for learning from the decision (not shown).</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];

    /// <summary>The card record with its stored details; a card written without details shows its label only.</summary>
    public static CardView From(SuggestionCard card, string brandName)
    {
        ArgumentNullException.ThrowIfNull(card);
        var details = CardDetails.FromJson(card.DetailsJson);
        return new CardView
        {
            CardId = card.Id,
            BrandId = card.BrandId,
            BrandName = details?.BrandName ?? brandName,
            TopicLabel = details?.TopicLabel ?? card.TopicLabel,
            Headline = details?.Headline,
            WhyNow = details?.WhyNow,
            WhyUs = details?.WhyUs,
            Decision = card.Decision,
            RiskTier = details?.RiskTier ?? "unknown",
            RiskCategories = details?.RiskCategories ?? [],
            Drafts = details?.Drafts ?? [],
            Sources = details?.Sources ?? [],
            Terms = details?.Terms ?? Learning.DecisionTerms.From(card.TopicLabel),
            WindowClosesAt = details?.WindowClosesAt,
            State = card.State.ToString(),
            DecidedBy = card.DecidedBy,
            DecidedAt = card.DecidedAt,
            Reason = card.Reason,
        };
    }

    /// <summary>The hash of the card as shown: every visible part, in page order.</summary>
    public string Fingerprint() => CardFingerprint.Of(
        new[] { CardId, BrandId, TopicLabel, Headline, WhyNow, WhyUs, Decision, RiskTier }
            .Concat(RiskCategories.SelectMany(r => new[] { r.Id, r.Tier }.Concat(r.Evidence)))
            .Concat(Drafts.SelectMany(d => new[] { d.Platform, d.Text }))
            .Concat(Sources.SelectMany(s => new[] { s.Title, s.Url })));
}
