using Newsjack.Core.Approvals.Pages;

namespace Newsjack.Core.Tests.Approvals.Pages;

/// <summary>Card views for page tests, including one whose every field carries script and markup.</summary>
internal static class CardViews
{
    public const string Script = "<script>alert('x')</script><img src=x onerror=alert(1)>\"'&";

    public static CardView Lumen(string state = "Delivered") => new()
    {
        CardId = "c-0011223344556677",
        BrandId = "lumen-hair",
        BrandName = "Lumen Haircare",
        TopicLabel = "Oscars red carpet hairstyles",
        Headline = "Stars debut bold looks",
        WhyNow = "4.1 sigma above baseline, 12 outlets",
        WhyUs = "matched brand topics: hair, red carpet",
        RiskTier = "low",
        RiskCategories = [new("obscenity_profanity", "low", ["one mild word"])],
        Drafts = [new("X", 280, "Red carpet, redder hair. #LumenHair", ["#LumenHair"]), new("Instagram", 2200, "Longer take #LumenHair", ["#LumenHair"])],
        Sources = [new("Variety", "https://variety.example/oscars"), new("Bad link", "javascript:alert(1)")],
        WindowClosesAt = new DateTimeOffset(2026, 11, 23, 16, 0, 0, TimeSpan.Zero),
        State = state,
    };

    public static CardView Hostile() => Lumen() with
    {
        BrandName = "Brand " + Script,
        TopicLabel = "Topic " + Script,
        Headline = "Headline " + Script,
        WhyNow = "Now " + Script,
        WhyUs = "Us " + Script,
        RiskTier = "low\"><script>x</script>",
        RiskCategories = [new("cat" + Script, "low", ["evidence " + Script])],
        Drafts = [new("X" + Script, 280, "Draft </textarea>" + Script, [])],
        Sources = [new("Source " + Script, "https://e.example/\"><script>alert(1)</script>")],
        DecidedBy = "who" + Script,
        Reason = "reason " + Script,
    };
}
