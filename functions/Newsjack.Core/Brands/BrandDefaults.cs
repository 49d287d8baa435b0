namespace Newsjack.Core.Brands;

/// <summary>The documented defaults for optional brand-profile fields (docs/design/scoring.md keeps the table).</summary>
public static class BrandDefaults
{
    /// <summary>Low is the safe default: a brand that says nothing about risk gets only low-risk suggestions.</summary>
    public const RiskTolerance RiskTolerance = Brands.RiskTolerance.Low;

    public const double RelevanceThreshold = 0.35;
    public const double TopicWeight = 1.0;
    public const int MaxCardsPerDay = 10;
    public const double CooldownHours = 12;
    public const string TimeZoneId = "UTC";
    public const string Tone = "neutral";

    public static BrandVoice Voice { get; } = new(Tone, Emoji: false, Hashtags: []);

    public static BrandLimits Limits { get; } = new(MaxCardsPerDay, CooldownHours, QuietHours: null, TimeZoneInfo.Utc);

    /// <summary>`TEAMS_WEBHOOK_` plus the id in upper snake case, e.g. `TEAMS_WEBHOOK_LUMEN_HAIR`.</summary>
    public static string TeamsWebhookSetting(string brandId) =>
        "TEAMS_WEBHOOK_" + brandId.ToUpperInvariant().Replace('-', '_');
}
