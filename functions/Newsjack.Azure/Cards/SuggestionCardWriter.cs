using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsjack.Azure.Scoring;
using Newsjack.Azure.Telemetry;
using Newsjack.Core.Approvals.Pages;
using Newsjack.Core.Cards;
using Newsjack.Core.Cards.Links;
using Newsjack.Core.Scoring.Decisions;

namespace Newsjack.Azure.Cards;

/// <summary>
/// The cards stage's <see cref="IScoredTopicsSink"/>: for every suggest/review the gate let through it composes the
/// card, writes it `Queued` and sends one `suggestions` message (invisible until due when held). Idempotent: the card
/// id derives from brand, topic and generation, so a rerun, a redelivery or a second host collides on the same row;
/// a topic that already has a card gets another (the next generation) only on the sharp-jump rule.
/// </summary>
public sealed class SuggestionCardWriter(
    CardStore cards,
    SuggestionRequests queue,
    SuggestionCards composer,
    IOptions<CardLinkOptions> links,
    ILogger<SuggestionCardWriter> logger,
    ChatDrafts? chatDrafts = null) : IScoredTopicsSink
{
    public async Task AcceptAsync(BrandScores scores, ScoredTopicsContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(context);
        var letThrough = scores.LetThrough;
        if (letThrough.Count == 0)
        {
            return;
        }

        await cards.EnsureAsync(cancellationToken);
        await queue.EnsureAsync(cancellationToken);
        var baseUrl = new Uri(links.Value.BaseUrl ?? throw new InvalidOperationException("CardLinks:BaseUrl is not set: cards need absolute links."));
        var existing = await cards.RecentAsync(scores.Brand.Id, context.Now - SentCardHistory.LookBack, cancellationToken);
        foreach (var score in letThrough)
        {
            await WriteAsync(scores, score, context, existing, baseUrl, cancellationToken);
        }
    }

    private async Task WriteAsync(BrandScores scores, TopicScore score, ScoredTopicsContext context, IReadOnlyList<SuggestionCard> existing, Uri baseUrl, CancellationToken cancellationToken)
    {
        var brand = scores.Brand;
        var topicId = score.Subject.Id;
        var previous = existing.Where(c => c.TopicId == topicId).MaxBy(c => c.Generation);
        if (previous is not null && !AlertFatigueGate.IsSharpJump(previous.MomentumSigma, score.Subject.MomentumSigma))
        {
            CardsLog.AlreadyCarded(logger, brand.Id, topicId, previous.Id);
            return;
        }

        var cardId = CardIds.For(brand.Id, topicId, previous is null ? 0 : previous.Generation + 1);
        var topic = CardTopic.From(score.Subject, context.Topics.GetValueOrDefault(topicId), context.Items);
        // With Drafting__Enabled the chat model's drafts come first; they are risk-checked with the templates.
        var modelDrafts = chatDrafts is null ? null : await chatDrafts.WriteAsync(brand, score, cancellationToken);
        var outcome = composer.Build(cardId, brand, score, topic, baseUrl, context.Now, modelDrafts);
        if (outcome.Card is not { } composed)
        {
            CardsLog.NotCarded(logger, brand.Id, topicId, outcome.NotSentReason ?? "no card");
            return;
        }

        var notBefore = score.Delivery?.Action == DeliveryAction.Hold ? score.Delivery.NotBefore : null;
        var trace = QueueTrace.Current;
        var card = new SuggestionCard
        {
            Id = cardId,
            BrandId = brand.Id,
            TopicId = topicId,
            TopicLabel = score.Subject.Label,
            Generation = previous is null ? 0 : previous.Generation + 1,
            Decision = score.Decision.ToId(),
            MomentumSigma = score.Subject.MomentumSigma,
            EnvelopeJson = composed.EnvelopeJson,
            EnvelopeBytes = composed.Bytes,
            CreatedAt = context.Now,
            UpdatedAt = context.Now,
            NotBefore = notBefore,
            LastError = notBefore is null ? null : score.Delivery?.Reason,
            LinksExpireAt = composed.LinksExpireAt,
            DetailsJson = CardDetails.From(brand, score, topic, composed.Drafts).ToJson(),
            TraceParent = trace.TraceParent,
            TraceState = trace.TraceState,
        };
        if (!await cards.AddAsync(card, cancellationToken))
        {
            // Written by an earlier attempt or another host; if that one stopped before enqueueing, this message
            // delivers it (the handler ignores cards already delivered or being delivered).
            CardsLog.AlreadyWritten(logger, cardId);
            var stored = await cards.GetAsync(cardId, cancellationToken);
            if (stored is not { State: CardState.Queued })
            {
                return;
            }

            notBefore = stored.NotBefore;
        }

        await queue.SendAsync(cardId, (notBefore ?? context.Now) - context.Now, cancellationToken);
        CardsLog.Queued(logger, cardId, brand.Id, topicId, card.Decision, composed.Bytes, notBefore ?? context.Now);
        Correlation.CardEvent("card queued", topicId, cardId, brand.Id);
    }
}
