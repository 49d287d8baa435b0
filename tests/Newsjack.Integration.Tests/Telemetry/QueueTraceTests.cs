using System.Diagnostics;
using Newsjack.Azure.Cards;
using Newsjack.Azure.Scoring;
using Newsjack.Azure.Telemetry;
using Newsjack.Core.Cards;
using Newsjack.Core.Cards.Links;
using Newsjack.Core.News;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Relevance;
using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Text;
using Newsjack.Core.Topics;
using Newsjack.Integration.Tests.Approvals;
using Newsjack.Integration.Tests.Cards;
using Newsjack.Integration.Tests.Infrastructure;
using Newsjack.Integration.Tests.LocalHost;

namespace Newsjack.Integration.Tests.Telemetry;

/// <summary>
/// A card's trace survives the queue hops: the real local host over Azurite, the Teams Workflows fake, spans seen
/// by an in-process listener. The card is written inside a ScoreTopics stage span (as the queue pump runs the job),
/// delivered by the suggestions pump, approved in a browser and published by the publish pump.
/// </summary>
public sealed class QueueTraceTests(AzuriteFixture azurite)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task One_cards_scoring_delivery_and_publish_spans_share_one_trace_and_the_approval_click_links_to_it()
    {
        using var signals = new PipelineSignals();
        await using var teams = await FakeWorkflows.StartAsync();
        await using var host = await CardPageHost.StartAsync(azurite, new Dictionary<string, string?> { ["TEAMS_WEBHOOK_LUMEN_HAIR"] = teams.Url.AbsoluteUri });
        var services = host.App.Services;
        var brand = services.GetRequiredService<BrandFolder>().Brands().Single();
        var cardId = CardIds.For(brand.Id, "t-trace", 0);

        ActivityContext scoring;
        using (var run = services.GetRequiredService<PipelineMetrics>().StartStage("ScoreTopics"))
        {
            scoring = run.Span!.Context;
            await services.GetRequiredService<SuggestionCardWriter>().AcceptAsync(Scores(brand), new ScoredTopicsContext(DateTimeOffset.UtcNow,
                new Dictionary<string, Topic>(), new Dictionary<string, NewsItem>()), _ct);
        }

        await Eventually.TrueAsync(async () => (await host.Cards.GetAsync(cardId, _ct))?.State == CardState.Delivered, "card delivered to Teams", TimeSpan.FromSeconds(20));
        using var browser = CardPageHost.Browser();
        Assert.Equal(200, (await browser.DecideAsync(host.Link(cardId, CardAction.Approve))).Status);
        await Eventually.TrueAsync(() => Task.FromResult(Stage(signals, "Publish", cardId) is not null), "a Publish span for the card", TimeSpan.FromSeconds(20));

        var deliver = Stage(signals, "DeliverSuggestion", cardId)!;
        var publish = Stage(signals, "Publish", cardId)!;
        Assert.Equal((scoring.TraceId, scoring.SpanId), (deliver.TraceId, deliver.ParentSpanId));
        Assert.Equal((scoring.TraceId, scoring.SpanId), (publish.TraceId, publish.ParentSpanId));
        Assert.Equal(ActivityKind.Consumer, publish.Kind);

        // The click is the approver's own trace (a browser request), linked to the card's.
        var click = Assert.Single(signals.Spans, s => s.Source.Name == "Microsoft.AspNetCore" && s.GetTagItem(PipelineTelemetry.CardIdTag) as string == cardId
            && s.Links.Any());
        Assert.NotEqual(scoring.TraceId, click.TraceId);
        Assert.Contains(click.Links, l => l.Context.TraceId == scoring.TraceId && l.Context.SpanId == scoring.SpanId);
    }

    [Fact]
    public void A_message_without_trace_fields_or_with_a_broken_one_still_reads_and_just_starts_a_new_trace()
    {
        var traced = QueueTrace.Of("""{"cardId":"c-1","traceparent":"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01","tracestate":"nj=1"}""");

        Assert.Equal("0af7651916cd43dd8448eb211c80319c", traced.Parent!.Value.TraceId.ToHexString());
        Assert.Equal("nj=1", traced.Parent.Value.TraceState);
        Assert.Null(QueueTrace.Of("""{"cardId":"c-1"}""").Parent);                        // written before the field existed
        Assert.Null(QueueTrace.Of("2026-12-04T03:00:00.0000000+00:00").Parent);          // the old score-topics body
        Assert.Null(QueueTrace.Of("""{"cardId":"c-1","traceparent":"not-a-trace"}""").Parent);
        Assert.Null(QueueTrace.Of("{broken").Parent);
    }

    private static Activity? Stage(PipelineSignals signals, string stage, string cardId) => signals.Spans.SingleOrDefault(s =>
        s.Source.Name == PipelineTelemetry.Name && s.OperationName == stage && s.GetTagItem(PipelineTelemetry.CardIdTag) as string == cardId);

    private static BrandScores Scores(Newsjack.Core.Brands.BrandProfile brand)
    {
        var now = DateTimeOffset.UtcNow;
        var subject = new ScoringSubject
        {
            Id = "t-trace",
            Label = "Glass hair trend at the Oscars",
            Items = [new SubjectText("trace-1", "Glass hair trend at the Oscars")],
            MomentumSigma = 4,
            FirstSeen = now.AddHours(-1),
            LastSeen = now,
        };
        var score = new TopicScore(subject, new RelevanceResult(0.8, 0.8, ["hair"], ["matched brand topics: hair"]),
            new RiskAssessment(RiskTier.None, [], [], []), Decision.Suggest, ["risk none"], new Delivery(DeliveryAction.Send, "send now"));
        return new BrandScores(brand, [score]);
    }
}
