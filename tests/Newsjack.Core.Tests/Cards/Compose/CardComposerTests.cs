using System.Text.Json.Nodes;
using Newsjack.Core.Cards;
using Newsjack.Core.Cards.Compose;
using Newsjack.Core.Cards.Drafts;
using Newsjack.Core.Cards.Links;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Risk;
using static Newsjack.Core.Tests.Cards.CardBuilders;

namespace Newsjack.Core.Tests.Cards.Compose;

public sealed class CardComposerTests
{
    private static ComposedCard Build(TopicScore? score = null, CardTopic? topic = null, IReadOnlyList<DraftPost>? drafts = null) =>
        Suggestions().Build("c-0123456789abcdef", Hair, score ?? Score(), topic ?? Topic(), BaseUrl, Now, drafts).Card!;

    private static JsonObject Content(ComposedCard card) => JsonNode.Parse(card.EnvelopeJson)!["attachments"]![0]!["content"]!.AsObject();

    private static List<JsonObject> Actions(JsonObject card) => [.. card["actions"]!.AsArray().Select(a => a!.AsObject())];

    private static string AllText(JsonObject card) =>
        string.Join("\n", CardSchema.Nodes(card).Select(o => (string?)(o["text"] as JsonValue)).Where(t => t is not null));

    [Fact]
    public void Suggestion_card_is_a_valid_1_4_card_with_everything_an_approver_needs()
    {
        var card = Build();
        var content = Content(card);
        var text = AllText(content);

        Assert.Empty(CardSchema.Problems(card.EnvelopeJson));
        Assert.Contains("Salons report a rush of glass bob bookings after the Aurora Awards", text, StringComparison.Ordinal);
        Assert.Contains("Stylists say the glass bob is the look of the season", text, StringComparison.Ordinal);
        Assert.Contains("120 mentions in the last hour", text, StringComparison.Ordinal);
        Assert.Contains("Matches hair, bob, salon", text, StringComparison.Ordinal);
        Assert.Contains("obscenity_profanity · low", text, StringComparison.Ordinal);
        Assert.Contains("#LumenHair", text, StringComparison.Ordinal);
        Assert.Contains("Window closes about 14:20 (Europe/Amsterdam), in 3 h 20 min.", text, StringComparison.Ordinal);
        Assert.Contains(CardSchema.Nodes(content), o => (string?)o["url"] == "https://glimmer.example/bob");
        Assert.Equal("Full", (string?)content["msteams"]!["width"]);
    }

    [Fact]
    public void Approve_reject_and_details_are_signed_links_that_verify()
    {
        var actions = Actions(Content(Build()));
        var signer = Signer();

        Assert.Equal(["Approve", "Reject", "Other drafts (2)", "Details"], actions.Select(a => (string?)a["title"]));
        foreach (var (title, action) in new[] { ("Approve", CardAction.Approve), ("Reject", CardAction.Reject), ("Details", CardAction.Details) })
        {
            var url = new Uri((string)actions.Single(a => (string?)a["title"] == title)["url"]!);
            var query = System.Web.HttpUtility.ParseQueryString(url.Query);
            Assert.Equal("Action.OpenUrl", (string?)actions.Single(a => (string?)a["title"] == title)["type"]);
            Assert.Equal("/api/cards/c-0123456789abcdef", url.AbsolutePath);
            var check = signer.Verify("c-0123456789abcdef", query["action"], query["exp"], query["kid"], query["sig"]);
            Assert.True(check.IsValid, check.Reason);
            Assert.Equal(action, check.Link!.Action);
            Assert.Equal(Now.AddHours(3).AddMinutes(20), check.Link.ExpiresAt);
        }
    }

    [Fact]
    public void Draft_variants_are_in_a_show_card_within_their_platform_limits()
    {
        var card = Build();
        var showCard = Actions(Content(card)).Single(a => (string?)a["type"] == "Action.ShowCard");

        Assert.Equal(3, card.Drafts.Count);
        Assert.All(card.Drafts, d => Assert.InRange(d.Length, 1, d.Platform.MaxLength));
        Assert.Contains("Draft for Instagram", AllText(showCard["card"]!.AsObject()), StringComparison.Ordinal);
        Assert.Contains("Draft for LinkedIn", AllText(showCard["card"]!.AsObject()), StringComparison.Ordinal);
    }

    [Fact]
    public void Review_card_is_marked_at_the_top()
    {
        var risk = new RiskAssessment(RiskTier.Medium, [new CategoryRisk("sensitive_social_issues", RiskTier.Medium, ["protest outside the venue"])], [], []);
        var card = Build(Score(decision: Decision.Review, risk: risk));
        var first = Content(card)["body"]![0]!.AsObject();

        Assert.Empty(CardSchema.Problems(card.EnvelopeJson));
        Assert.Equal("attention", (string?)first["style"]);
        Assert.StartsWith("⚠ REVIEW CAREFULLY", AllText(first), StringComparison.Ordinal);
    }

    [Fact]
    public void Headline_markdown_and_links_stay_literal_text()
    {
        const string Hostile = "Glass bob [click here](https://evil.example/x) **now** <at>Adele</at>\u202Egnp.exe";
        var sources = new[] { new CardSource("Evil [x](https://evil.example)", Hostile, UntrustedText.Link("javascript:alert(1)")) };
        var card = Build(Score(Subject(Hostile)), Topic(Hostile, sources));
        var content = Content(card);
        var textBlocks = CardSchema.Nodes(content).Where(o => (string?)o["type"] == "TextBlock").Select(o => (string)o["text"]!).ToList();
        var urls = CardSchema.Nodes(content).Select(o => (string?)o["url"]).OfType<string>().ToList();

        Assert.Empty(CardSchema.Problems(card.EnvelopeJson));
        Assert.DoesNotContain(textBlocks, t => t.Contains("evil", StringComparison.Ordinal));
        Assert.All(urls, u => Assert.StartsWith("https://newsjack.example/api/cards/", u, StringComparison.Ordinal));
        Assert.Contains("[click here](https://evil.example/x) **now**", AllText(content), StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", card.EnvelopeJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Oversized_content_is_shortened_to_20_KB_but_the_risk_panel_is_kept_whole()
    {
        var quote = string.Concat(Enumerable.Repeat("a very long quoted post about the storm and the awards ", 40));
        var categories = RiskCategories.All.Select(id => new CategoryRisk(id, RiskTier.Low, [quote + "1", quote + "2", quote + "3"])).ToList();
        var risk = new RiskAssessment(RiskTier.Low, categories, [], ["tone: keep it kind"]);
        var sources = Enumerable.Range(0, 8).Select(i => new CardSource($"Outlet {i}", quote + i, new Uri($"https://news.example/{i}"))).ToList();
        var explanations = Enumerable.Range(0, 6).Select(i => quote + i).ToList();

        var longDrafts = new[] { new DraftPost(DraftPlatform.LinkedIn, UntrustedText.Shorten(quote + quote, 2990)), new DraftPost(DraftPlatform.Instagram, UntrustedText.Shorten(quote + quote, 2190)) };

        var card = Build(Score(Subject(quote), risk: risk), Topic(quote, sources, explanations), longDrafts);
        var text = AllText(Content(card));

        Assert.InRange(card.Bytes, 1, CardEnvelope.MaxBytes);
        Assert.True(card.Drafts.Count < 3 || !text.Contains("Outlet 4", StringComparison.Ordinal), $"nothing was shortened ({card.Bytes} bytes)");
        TestContext.Current.TestOutputHelper?.WriteLine($"largest test envelope: {card.Bytes} bytes, {card.Drafts.Count} drafts");
        Assert.Equal(card.Bytes, System.Text.Encoding.UTF8.GetByteCount(card.EnvelopeJson));
        Assert.Empty(CardSchema.Problems(card.EnvelopeJson));
        Assert.All(RiskCategories.All, id => Assert.Contains($"{id} · low", text, StringComparison.Ordinal));
        Assert.Equal(RiskCategories.All.Count * 3, CardSchema.Nodes(Content(card)).Count(o => ((string?)o["text"])?.StartsWith("\n“", StringComparison.Ordinal) == true));
        Assert.Contains("tone: keep it kind", text, StringComparison.Ordinal);
    }
}
