using System.Text.Json;
using System.Text.Json.Serialization;

namespace Newsjack.Core.Brands.Json;

/// <summary>A brand file as written: every field optional so the validator can name each missing one.</summary>
public sealed record BrandProfileJson
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
    public BrandVoiceJson? Voice { get; init; }
    public IReadOnlyList<BrandTopicJson?>? Topics { get; init; }
    public IReadOnlyList<string?>? Competitors { get; init; }
    public IReadOnlyList<string?>? Avoid { get; init; }
    public string? RiskTolerance { get; init; }
    public double? RelevanceThreshold { get; init; }
    public IReadOnlyList<string?>? Approvers { get; init; }
    public BrandWebhookJson? Teams { get; init; }
    public BrandWebhookJson? Publish { get; init; }
    public BrandLimitsJson? Limits { get; init; }

    /// <summary>Fields this version does not know (often typos): reported as warnings, never fatal.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
