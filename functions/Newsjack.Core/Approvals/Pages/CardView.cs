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

    /// <summary>The hash of the card as shown: every visible part, in page order.</summary>
    public string Fingerprint() => CardFingerprint.Of(
        new[] { CardId, BrandId, TopicLabel, Headline, WhyNow, WhyUs, Decision, RiskTier }
            .Concat(RiskCategories.SelectMany(r => new[] { r.Id, r.Tier }.Concat(r.Evidence)))
            .Concat(Drafts.SelectMany(d => new[] { d.Platform, d.Text }))
            .Concat(Sources.SelectMany(s => new[] { s.Title, s.Url })));
}
