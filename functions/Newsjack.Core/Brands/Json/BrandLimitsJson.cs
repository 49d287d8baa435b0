namespace Newsjack.Core.Brands.Json;

/// <summary>The `limits` object as written.</summary>
public sealed record BrandLimitsJson(int? MaxCardsPerDay, double? CooldownHours, string? QuietHours, string? TimeZone);
