using Newsjack.Core.Brands;
using Newsjack.Core.Cards.Compose;
using Newsjack.Core.Cards.Drafts;
using Newsjack.Core.Cards.Links;
using Newsjack.Core.Scoring.Decisions;

namespace Newsjack.Core.Cards;

/// <summary>
/// From one let-through decision to its card: drafts in the brand's voice, each checked by <see cref="DraftSafety"/>
/// (no safe draft: no card), signed links expiring with the topic's window, then the composed envelope.
/// </summary>
public sealed class SuggestionCards(DraftSafety safety, CardLinkSigner signer)
{
    public CardOutcome Build(string cardId, BrandProfile brand, TopicScore score, CardTopic topic, Uri baseUrl, DateTimeOffset now,
        IReadOnlyList<DraftPost>? extraDrafts = null)
    {
        ArgumentNullException.ThrowIfNull(brand);
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(topic);
        var drafts = (extraDrafts ?? []).Concat(TemplateDrafts.For(brand, DraftSubject.From(score.Subject, score.Relevance.MatchedTerms))).ToList();
        var (safe, dropped) = safety.Check(drafts, brand, score, now);
        if (safe.Count == 0)
        {
            return new CardOutcome(null, "no safe draft: " + string.Join("; ", dropped.SelectMany(d => d.Reasons).Distinct()), dropped);
        }

        var expires = signer.ExpiryFor(topic.WindowClosesAt);
        var links = Enum.GetValues<CardAction>().ToDictionary(a => a, a => signer.Sign(cardId, a, expires).ToUrl(baseUrl));
        var request = new CardRequest(cardId, brand, score, topic, [.. safe.Take(3)], dropped, links, expires, now);
        return new CardOutcome(CardComposer.Compose(request), null, dropped);
    }
}
