using Newsjack.Core.Approvals.Pages;
using Newsjack.Core.Cards;

namespace Newsjack.Core.Tests.Approvals.Pages;

/// <summary>Card details are stored with the card record as camelCase JSON and read back by the card page.</summary>
public sealed class CardDetailsJsonTests
{
    private static readonly CardDetails Details = new()
    {
        BrandName = "Lumen Haircare",
        TopicLabel = "Oscars red carpet hairstyles",
        RiskTier = "low",
        RiskCategories = [new("obscenity_profanity", "low", ["one mild word"])],
        Drafts = [new("X", 280, "Red carpet, redder hair. #LumenHair", ["#LumenHair"])],
        Sources = [new("Variety", null)],
        Terms = ["oscars", "red carpet"],
    };

    private static readonly DateTimeOffset Written = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Stored_form_is_camel_case_leaves_out_empty_fields_and_reads_back_the_same()
    {
        var json = Details.ToJson();

        Assert.StartsWith("{\"brandName\":\"Lumen Haircare\",\"topicLabel\":\"Oscars red carpet hairstyles\",\"riskTier\":\"low\",", json, StringComparison.Ordinal);
        Assert.DoesNotContain("headline", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"url\"", json, StringComparison.Ordinal);
        var back = CardDetails.FromJson(json)!;
        Assert.Equal(json, back.ToJson());
        Assert.Equal("Red carpet, redder hair. #LumenHair", Assert.Single(back.Drafts).Text);
    }

    [Fact]
    public void A_card_written_without_details_shows_its_stored_label()
    {
        Assert.Null(CardDetails.FromJson(null));
        Assert.Null(CardDetails.FromJson(string.Empty));
        var view = CardView.From(new SuggestionCard
        {
            Id = "c-0011223344556677", BrandId = "lumen-hair", TopicId = "t1", TopicLabel = "stored label", Decision = "suggest", EnvelopeJson = "{}",
            State = CardState.Delivered, CreatedAt = Written, UpdatedAt = Written, LinksExpireAt = Written.AddDays(1),
        }, "Lumen Haircare");
        Assert.Equal("stored label", view.TopicLabel);
        Assert.Equal("Lumen Haircare", view.BrandName);
    }
}
