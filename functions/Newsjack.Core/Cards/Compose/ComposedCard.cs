using Newsjack.Core.Cards.Drafts;

namespace Newsjack.Core.Cards.Compose;

/// <summary>A composed card: the envelope as sent (JSON), its UTF-8 size, the drafts it offers, those it dropped, and when its links expire.</summary>
public sealed record ComposedCard(string CardId, string EnvelopeJson, int Bytes, IReadOnlyList<DraftPost> Drafts, IReadOnlyList<DroppedDraft> Dropped, DateTimeOffset LinksExpireAt);
