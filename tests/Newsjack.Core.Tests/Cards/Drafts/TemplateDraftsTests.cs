using Newsjack.Core.Cards.Drafts;
using Newsjack.Core.Tests.Brands;
using static Newsjack.Core.Tests.Cards.CardBuilders;

namespace Newsjack.Core.Tests.Cards.Drafts;

public sealed class TemplateDraftsTests
{
    [Fact]
    public void Drafts_carry_the_brand_voice_hashtags_and_the_topic_hashtag()
    {
        var drafts = TemplateDrafts.For(Hair, DraftSubject.From(Subject(), ["bob"]));

        Assert.Equal(["x", "instagram", "linkedin"], drafts.Select(d => d.Platform.Id));
        Assert.All(drafts, d => Assert.EndsWith("#LumenHair #GlassBob", d.Text, StringComparison.Ordinal));
        Assert.Contains("✨", drafts[0].Text, StringComparison.Ordinal);
        Assert.Contains("Lumen Haircare", drafts[2].Text, StringComparison.Ordinal);
        Assert.Contains("bob", drafts[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Brand_without_emoji_gets_none()
    {
        var drafts = TemplateDrafts.For(BrandJson.Fixture("skyway-air"), DraftSubject.From(Subject("Ferry operators add winter crossings", []), ["ferry"]));

        Assert.DoesNotContain(drafts, d => d.Text.Any(char.IsSurrogate));
        Assert.All(drafts, d => Assert.EndsWith("#FlySkyway", d.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_label_is_shortened_so_each_draft_fits_its_platform()
    {
        var label = string.Join(' ', Enumerable.Repeat("Salons everywhere are booked out", 30));

        var drafts = TemplateDrafts.For(Hair, DraftSubject.From(Subject(label), ["hair"]));

        Assert.All(drafts, d => Assert.InRange(d.Length, 1, d.Platform.MaxLength));
        Assert.Contains("…", drafts[0].Text, StringComparison.Ordinal);
    }
}
