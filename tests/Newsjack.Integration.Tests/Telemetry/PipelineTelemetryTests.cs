using System.Diagnostics.Metrics;
using Newsjack.Azure.Telemetry;
using Newsjack.Core.Cards;
using Newsjack.Core.Cards.Links;
using Newsjack.Integration.Tests.Approvals;
using Newsjack.Integration.Tests.Infrastructure;
using Newsjack.Integration.Tests.LocalHost;

namespace Newsjack.Integration.Tests.Telemetry;

/// <summary>
/// What an operator reads in Application Insights, seen by in-process listeners on the real local host over Azurite:
/// the decision and publish counters, one latency per stage run, and one card followed by its id across the HTTP
/// decision and the Publish queue stage, in spans and in log lines.
/// </summary>
public sealed class PipelineTelemetryTests(AzuriteFixture azurite)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_approved_card_is_counted_timed_and_followed_by_its_card_and_topic_ids_from_the_click_to_the_publish_stage()
    {
        using var signals = new PipelineSignals();
        var logs = new ScopedLogRecorder();
        await using var host = await CardPageHost.StartAsync(azurite, configureServices: services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            services.Configure<LoggerFilterOptions>(o => o.Rules.Add(new LoggerFilterRule(typeof(ScopedLogRecorder).FullName, "Newsjack", LogLevel.Information, null)));
        });
        var card = await host.SeedAsync("c-otel");
        using var browser = CardPageHost.Browser();

        var (status, _) = await browser.DecideAsync(host.Link("c-otel", CardAction.Approve));
        await Eventually.TrueAsync(async () => (await host.Cards.GetAsync("c-otel", _ct))?.State == CardState.Published, "c-otel published", TimeSpan.FromSeconds(20));

        Assert.Equal(200, status);
        var mine = signals.Of(host.App.Services.GetRequiredService<IMeterFactory>());
        Assert.Equal(1, mine.Sum("newsjack.cards.decided", "newsjack.decision", "approved"));
        Assert.Equal(0, mine.Sum("newsjack.cards.decided", "newsjack.decision", "rejected"));
        await Eventually.TrueAsync(() => Task.FromResult(signals.Of(host.App.Services.GetRequiredService<IMeterFactory>()).Count("newsjack.stage.duration", PipelineTelemetry.StageTag, "Publish") >= 1),
            "a Publish stage latency", TimeSpan.FromSeconds(10));
        mine = signals.Of(host.App.Services.GetRequiredService<IMeterFactory>());
        Assert.Equal(1, mine.Sum("newsjack.cards.published", PipelineTelemetry.OutcomeTag, "dry_run"));   // PublishOptions.DryRun is the default
        Assert.Equal(0, mine.Sum("newsjack.cards.published", PipelineTelemetry.OutcomeTag, "failed"));

        // The click (ASP.NET Core's request span) and the Publish run (the pipeline's stage span) carry the same ids.
        var spans = signals.Spans.Where(s => s.GetTagItem(PipelineTelemetry.CardIdTag) as string == "c-otel").ToList();
        var click = Assert.Single(spans, s => s.Source.Name == "Microsoft.AspNetCore");
        var publish = Assert.Single(spans, s => s.Source.Name == PipelineTelemetry.Name && s.OperationName == "Publish");
        Assert.All([click, publish], s => Assert.Equal((card.TopicId, "lumen-hair"), (s.GetTagItem(PipelineTelemetry.TopicIdTag) as string, s.GetTagItem(PipelineTelemetry.BrandTag) as string)));
        Assert.Equal(("Publish", "succeeded"), (publish.GetTagItem(PipelineTelemetry.StageTag), publish.GetTagItem(PipelineTelemetry.OutcomeTag)));

        // The log lines of the decision and of the publish carry the ids as scope fields (exported as attributes).
        var decided = Assert.Single(logs.Lines, l => l.Category.EndsWith("CardPageHandler", StringComparison.Ordinal) && l.Message.Contains("c-otel", StringComparison.Ordinal));
        var published = Assert.Single(logs.Lines, l => l.Category.EndsWith("PublishHandler", StringComparison.Ordinal) && l.Message.Contains("c-otel", StringComparison.Ordinal));
        Assert.All([decided, published], l => Assert.Equal(("c-otel", card.TopicId), (l.Scope.GetValueOrDefault("CardId"), l.Scope.GetValueOrDefault("TopicId"))));
    }
}
