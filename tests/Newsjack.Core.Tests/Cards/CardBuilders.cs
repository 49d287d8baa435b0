using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Newsjack.Core.Brands;
using Newsjack.Core.Cards;
using Newsjack.Core.Cards.Drafts;
using Newsjack.Core.Cards.Links;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Relevance;
using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Tests.Brands;
using Newsjack.Core.Text;
using Newsjack.Core.Topics;

namespace Newsjack.Core.Tests.Cards;

/// <summary>Test data for cards: brands, scores, topics with momentum and sources, and a signer with a fixed key.</summary>
internal static class CardBuilders
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    public static readonly Uri BaseUrl = new("https://newsjack.example/");
    public static readonly string Key = Convert.ToBase64String(Enumerable.Range(7, 32).Select(i => (byte)i).ToArray());

    public static BrandProfile Hair => BrandJson.Fixture("lumen-hair");

    public static CardLinkSigner Signer() =>
        new(Options.Create(new CardLinkOptions { CurrentKeyId = "k1", CurrentKey = Key }), new FakeTimeProvider(Now));

    public static SuggestionCards Suggestions() => new(DraftSafety.Default, Signer());

    public static ScoringSubject Subject(string label = "Salons report a rush of glass bob bookings after the Aurora Awards", string[]? hashtags = null) => new()
    {
        Id = "t-3f9a0c",
        Label = label,
        Hashtags = hashtags ?? ["#GlassBob"],
        Items = [new SubjectText("n1", label), new SubjectText("n2", "Stylists say the glass bob is the look of the season")],
        MomentumSigma = 4.1,
        FirstSeen = Now.AddHours(-3),
        LastSeen = Now.AddMinutes(-5),
    };

    public static TopicScore Score(ScoringSubject? subject = null, Decision decision = Decision.Suggest, RiskAssessment? risk = null) => new(
        subject ?? Subject(),
        new RelevanceResult(0.82, 0.82, ["hair", "bob", "salon"], ["matched brand topics: hair, bob, salon"]),
        risk ?? new RiskAssessment(RiskTier.Low, [new CategoryRisk("obscenity_profanity", RiskTier.Low, ["a cheeky \"damn\" in one post"])], [], []),
        decision,
        decision == Decision.Review
            ? ["risk medium (sensitive_social_issues) one tier over tolerance low: review carefully"]
            : ["risk low (obscenity_profanity) within tolerance low"],
        new Newsjack.Core.Scoring.Decisions.Delivery(DeliveryAction.Send, "send now"));

    public static CardTopic Topic(string? label = null, IReadOnlyList<CardSource>? sources = null, IReadOnlyList<string>? explanations = null) => new(
        label ?? Subject().Label,
        "Stylists say the glass bob is the look of the season",
        new TopicMomentum
        {
            At = Now,
            Volume = 120,
            Velocity = 72,
            BaselinePerHour = 12,
            Ratio = 10,
            Significance = 4.1,
            OutletCount = 3,
            WindowClosesAt = Now.AddHours(3).AddMinutes(20),
            Explanations = explanations ?? ["120 mentions in the last hour, 72 more than the hour before.", "10.0× its usual rate of 12 an hour."],
        },
        sources ?? [new CardSource("Glimmer Style", "Salons report a rush of glass bob bookings", new Uri("https://glimmer.example/bob")), new CardSource("Meridian Wire", "The bob is back", null)],
        ["Glimmer Style", "Meridian Wire", "Pulse"],
        90);
}
