namespace Newsjack.Core.Brands;

/// <summary>
/// One brand, validated and with every default filled in (see docs/design/scoring.md). Webhook fields name
/// configuration settings that hold the secret URL, never the URL itself.
/// </summary>
public sealed record BrandProfile
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public BrandVoice Voice { get; init; } = BrandDefaults.Voice;
    public required IReadOnlyList<BrandTopic> Topics { get; init; }
    public IReadOnlyList<string> Competitors { get; init; } = [];
    public IReadOnlyList<string> Avoid { get; init; } = [];
    public RiskTolerance RiskTolerance { get; init; } = BrandDefaults.RiskTolerance;
    public double RelevanceThreshold { get; init; } = BrandDefaults.RelevanceThreshold;
    public IReadOnlyList<string> Approvers { get; init; } = [];
    public required string TeamsWebhookSetting { get; init; }
    public string? PublishWebhookSetting { get; init; }
    public BrandLimits Limits { get; init; } = BrandDefaults.Limits;
}
