using Microsoft.Extensions.Time.Testing;
using Newsjack.Azure.News;
using Newsjack.Azure.Scoring;
using Newsjack.Azure.Topics;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Integration.Tests.Cards;
using Newsjack.Integration.Tests.Infrastructure;
using Newsjack.Integration.Tests.Topics;

namespace Newsjack.Integration.Tests.Scoring;

/// <summary>
/// The timer pipeline reads topics by meaning with the local model (the default): a war story told without the
/// lexicon's words is suppressed as a possible tragedy, with the classifier's reading as the reason; without
/// embeddings the same story would have been suggested; the harmless story beside it is still suggested.
/// </summary>
public sealed class ScoreTopicsMeaningTests(AzuriteFixture azurite)
{
    private readonly FakeTimeProvider _time = new(TopicSamples.Now);
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private async Task<BrandScores> RunAsync(string provider)
    {
        var settings = CardSettings.For();
        settings["Embeddings:Provider"] = provider;
        await using var host = new TopicsTestServices(azurite.NewStorageOptions(), _time, settings);
        var store = host.Get<NewsItemStore>();
        await store.EnsureAsync(_ct);
        var now = _time.GetUtcNow();
        await store.RecordAsync("Meridian Wire",
        [
            new(TopicSamples.Item("war-1", "Meridian Wire", "Artillery pounds the border town on game day", "Snack shops were shuttered.", now.AddMinutes(-40)), null, false),
            new(TopicSamples.Item("bakery-1", "Meridian Wire", "Harbor bakery wins national cookie prize", "Judges praised the bakery's ginger cookies.", now.AddMinutes(-30)), null, false),
        ], now.AddMinutes(-1), _ct);
        await host.Get<DetectTopicsJob>().DetectAsync(_ct);
        return (await host.Get<ScoreTopicsJob>().ScoreAsync(_ct)).Brands.Single();
    }

    private static TopicScore Of(BrandScores scores, string itemId) => scores.Scores.Single(s => s.Subject.Items.Any(i => i.Id == itemId));

    [Fact]
    public async Task A_war_story_in_other_words_is_suppressed_by_meaning_and_the_harmless_story_is_suggested()
    {
        var scores = await RunAsync("local");

        var war = Of(scores, "war-1");
        Assert.Equal(Decision.Suppress, war.Decision);
        Assert.StartsWith("possible tragedy: reads as: war (0.9", war.Reasons[0], StringComparison.Ordinal);
        Assert.Contains("\"Artillery pounds the border town on game day\" (item war-1)", war.Reasons[0], StringComparison.Ordinal);
        Assert.Equal(Decision.Suggest, Of(scores, "bakery-1").Decision);
    }

    [Fact]
    public async Task With_embeddings_off_risk_is_the_lexicons_alone_and_the_same_story_is_suggested()
    {
        var scores = await RunAsync("none");

        Assert.Equal(Decision.Suggest, Of(scores, "war-1").Decision);
    }
}
