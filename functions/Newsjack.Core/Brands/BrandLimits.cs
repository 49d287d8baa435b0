namespace Newsjack.Core.Brands;

/// <summary>Alert-fatigue limits: cards per day, per-topic cooldown, quiet hours in the brand's time zone.</summary>
public sealed record BrandLimits(int MaxCardsPerDay, double CooldownHours, QuietHours? QuietHours, TimeZoneInfo TimeZone);
