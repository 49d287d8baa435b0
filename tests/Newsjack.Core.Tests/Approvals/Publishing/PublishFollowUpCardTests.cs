using System.Text.Json.Nodes;
using Newsjack.Core.Approvals.Publishing;
using Newsjack.Core.Cards;
using Newsjack.Core.Cards.Delivery;

namespace Newsjack.Core.Tests.Approvals.Publishing;

public sealed class PublishFollowUpCardTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static SuggestionCard Card(CardState state) => new()
    {
        Id = "c1", BrandId = "lumen-hair", TopicId = "t1", TopicLabel = "Oscars red carpet hairstyles", Decision = "suggest", EnvelopeJson = "{}",
        State = state, CreatedAt = At, UpdatedAt = At, LinksExpireAt = At.AddHours(6), DecidedBy = "ana@lumen.example", DecidedAt = At.AddMinutes(7),
        ChosenPlatform = "X", ChosenText = "Red carpet, [redder](https://evil.example) hair. #LumenHair", PublishedAt = At.AddMinutes(8),
        PublishReceipt = "HTTP 200 {\"id\":\"post-42\"}", LastError = state == CardState.PublishFailed ? "the publish webhook answered 422: text rejected" : null,
    };

    [Theory]
    [InlineData(CardState.Published, false, "Approved and published")]
    [InlineData(CardState.Published, true, "Approved: would publish (dry run)")]
    [InlineData(CardState.PublishFailed, false, "Approved, but publishing failed")]
    public void A_finished_card_gets_a_follow_up_saying_who_approved_when_and_what_went_out(CardState state, bool dryRun, string title)
    {
        var envelope = PublishFollowUpCard.Envelope(Card(state), "Lumen Haircare", dryRun)!;

        Assert.Null(WorkflowsEnvelopeCheck.Problem(envelope));
        var card = JsonNode.Parse(envelope)!["attachments"]![0]!["content"]!;
        Assert.Equal("1.4", card["version"]!.GetValue<string>());
        Assert.Equal(title, card["body"]![0]!["text"]!.GetValue<string>());
        Assert.Contains("ana@lumen.example", envelope, StringComparison.Ordinal);
        Assert.Contains("2026-11-23 10:07 UTC", envelope, StringComparison.Ordinal);
        Assert.Equal(state == CardState.PublishFailed, envelope.Contains("text rejected", StringComparison.Ordinal));
        Assert.Equal(state == CardState.Published && !dryRun, envelope.Contains("post-42", StringComparison.Ordinal));
    }

    [Fact]
    public void The_posted_text_is_a_rich_text_run_so_markdown_in_it_is_never_a_link()
    {
        var envelope = PublishFollowUpCard.Envelope(Card(CardState.Published), "Lumen Haircare", dryRun: false)!;

        var blocks = JsonNode.Parse(envelope)!["attachments"]![0]!["content"]!["body"]!.AsArray()
            .SelectMany(b => b!["items"]?.AsArray().Select(i => i!) ?? [b!]);
        var holder = Assert.Single(blocks, b => b.ToJsonString().Contains("[redder]", StringComparison.Ordinal));
        Assert.Equal("RichTextBlock", holder["type"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(CardState.Delivered)]
    [InlineData(CardState.Approved)]
    [InlineData(CardState.Publishing)]
    [InlineData(CardState.Rejected)]
    public void No_follow_up_before_the_card_has_finished_publishing(CardState state) =>
        Assert.Null(PublishFollowUpCard.Envelope(Card(state), "Lumen Haircare", dryRun: false));
}
