using Newsjack.Core.Brands;
using Newsjack.Core.Cards.Drafts;
using Newsjack.Core.Cards.Links;
using Newsjack.Core.Scoring.Decisions;

namespace Newsjack.Core.Cards;

/// <summary>Everything one card shows: the brand, the topic's score and facts, safe drafts, what was dropped, and the signed links.</summary>
public sealed record CardRequest(
    string CardId,
    BrandProfile Brand,
    TopicScore Score,
    CardTopic Topic,
    IReadOnlyList<DraftPost> Drafts,
    IReadOnlyList<DroppedDraft> Dropped,
    IReadOnlyDictionary<CardAction, Uri> Links,
    DateTimeOffset LinksExpireAt,
    DateTimeOffset Now);
