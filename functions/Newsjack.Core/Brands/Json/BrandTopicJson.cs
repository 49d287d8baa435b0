namespace Newsjack.Core.Brands.Json;

/// <summary>One `topics[]` element as written.</summary>
public sealed record BrandTopicJson(string? Phrase, double? Weight);
