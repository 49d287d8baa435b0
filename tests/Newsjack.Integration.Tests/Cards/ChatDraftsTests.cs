using Microsoft.Extensions.Time.Testing;
using Newsjack.Azure.Cards;
using Newsjack.Azure.Scoring;
using Newsjack.Azure.Storage;
using Newsjack.Core.Brands;
using Newsjack.Core.Cards;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Relevance;
using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Text;
using Newsjack.Integration.Tests.Infrastructure;
using Newsjack.Integration.Tests.Scoring.SecondOpinion;
using Newsjack.Integration.Tests.Topics;

namespace Newsjack.Integration.Tests.Cards;

/// <summary>
/// Drafting by a chat model (Drafting__Enabled) through the real Azure OpenAI client against a Kestrel fake that
/// answers like the service, faults included: the model's safe drafts lead the card, unsafe ones are dropped like
/// template drafts, and on a 429, a 500 or a slow answer the card still goes out with its template drafts.
/// </summary>
public sealed class ChatDraftsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Safe = "Lights out at the stadium? Our cookies still snap in the dark 🍪 #Snapwell";
    private const string Insult = "Crumbco cookies are soggy and pathetic lol #Snapwell";
    private readonly StorageOptions _storage = azurite.NewStorageOptions();
    private readonly FakeTimeProvider _time = new(TopicSamples.Now);
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private FakeChatService _chat = null!;

    public async ValueTask InitializeAsync() => _chat = await FakeChatService.StartAsync(_ =>
        $$"""{"drafts": [{"platform": "x", "text": "{{Insult}}"}, {"platform": "x", "text": "{{Safe}}"}, {"platform": "myspace", "text": "off the list"}]}""");

    public async ValueTask DisposeAsync() => await _chat.DisposeAsync();

    private TopicsTestServices Host(bool drafting = true, StorageOptions? storage = null)
    {
        var settings = CardSettings.For();
        settings["Drafting:Enabled"] = drafting ? "true" : "false";
        settings["Drafting:TimeoutSeconds"] = "2";
        settings["SecondOpinion:Endpoint"] = _chat.Endpoint.AbsoluteUri;
        settings["SecondOpinion:Deployment"] = FakeChatService.Deployment;
        settings["SecondOpinion:Key"] = FakeChatService.Key;
        return new TopicsTestServices(storage ?? _storage, _time, settings);
    }

    [Fact]
    public async Task The_models_safe_draft_leads_the_card_and_its_insult_of_a_competitor_is_dropped()
    {
        await using var host = Host();

        var card = await CardAsync(host, "t-blackout");

        var texts = Texts(card.EnvelopeJson);
        Assert.Contains(texts, t => t.Contains("Our cookies still snap in the dark", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("soggy", StringComparison.Ordinal) || t.Contains("off the list", StringComparison.Ordinal));
        var asked = Assert.Single(_chat.Hits);
        // The prompt carries the brand's voice, its hashtags, what it must never touch, and the topic itself.
        Assert.Contains("Voice: playful", asked.System, StringComparison.Ordinal);
        Assert.Contains("#Snapwell", asked.System, StringComparison.Ordinal);
        Assert.Contains("Crumbco, Wafer King", asked.System, StringComparison.Ordinal);
        Assert.Contains("child obesity", asked.System, StringComparison.Ordinal);
        Assert.Contains("tragedy", asked.System, StringComparison.Ordinal);
        Assert.StartsWith("Stadium blackout stops the final", asked.User, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FakeChatService.Fault.Throttle)]
    [InlineData(FakeChatService.Fault.ServerError)]
    [InlineData(FakeChatService.Fault.Slow)]
    public async Task A_failing_or_slow_model_leaves_the_card_with_its_template_drafts(FakeChatService.Fault fault)
    {
        await using var host = Host();
        await using var plain = Host(drafting: false, storage: azurite.NewStorageOptions());
        _chat.Next(fault);

        var card = await CardAsync(host, "t-blackout");
        var template = await CardAsync(plain, "t-blackout");

        Assert.Single(_chat.Hits);
        Assert.Equal(CardState.Queued, card.State);
        Assert.Equal(Texts(template.EnvelopeJson), Texts(card.EnvelopeJson));      // exactly the card drafting off would make
        Assert.DoesNotContain(Texts(card.EnvelopeJson), t => t.Contains("Our cookies still snap", StringComparison.Ordinal));
    }

    private async Task<SuggestionCard> CardAsync(TopicsTestServices host, string topicId)
    {
        var brand = host.Get<BrandFolder>().Brands().Single();
        await host.Get<SuggestionCardWriter>().AcceptAsync(Scores(brand, topicId), Context(), _ct);
        return (await host.Get<CardStore>().GetAsync(CardIds.For(brand.Id, topicId, 0), _ct))!;
    }

    /// <summary>Every "text" of an envelope, in document order.</summary>
    private static List<string> Texts(string envelope)
    {
        var texts = new List<string>();
        void Walk(System.Text.Json.Nodes.JsonNode? node)
        {
            switch (node)
            {
                case System.Text.Json.Nodes.JsonObject o:
                    foreach (var (key, value) in o)
                    {
                        if (key == "text" && value is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var text))
                        {
                            texts.Add(text);
                        }
                        else
                        {
                            Walk(value);
                        }
                    }

                    break;
                case System.Text.Json.Nodes.JsonArray a:
                    foreach (var item in a)
                    {
                        Walk(item);
                    }

                    break;
            }
        }

        Walk(System.Text.Json.Nodes.JsonNode.Parse(envelope));
        return texts;
    }

    private ScoredTopicsContext Context() => new(_time.GetUtcNow(), new Dictionary<string, Newsjack.Core.Topics.Topic>(), new Dictionary<string, Newsjack.Core.News.NewsItem>());

    private BrandScores Scores(BrandProfile brand, string topicId)
    {
        const string label = "Stadium blackout stops the final for half an hour";
        var subject = new ScoringSubject
        {
            Id = topicId,
            Label = label,
            Items = [new SubjectText(topicId + "-1", label)],
            MomentumSigma = 3,
            FirstSeen = _time.GetUtcNow().AddHours(-1),
            LastSeen = _time.GetUtcNow(),
        };
        var score = new TopicScore(subject, new RelevanceResult(0.7, 0.7, ["blackout", "final"], ["matched brand topics: blackout, final"]),
            new RiskAssessment(RiskTier.None, [], [], []), Decision.Suggest, ["risk none"], new Delivery(DeliveryAction.Send, "send now"));
        return new BrandScores(brand, [score]);
    }
}
