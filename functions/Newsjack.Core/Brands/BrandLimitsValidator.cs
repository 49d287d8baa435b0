namespace Newsjack.Core.Brands;

/// <summary>`limits`: cards per day ≥ 1, cooldown ≥ 0 hours, quiet hours "HH:mm-HH:mm", an IANA time zone.</summary>
internal static class BrandLimitsValidator
{
    public static BrandLimits Validate(Json.BrandLimitsJson? limits, Action<string, string> error)
    {
        if (limits is null)
        {
            return BrandDefaults.Limits;
        }

        var perDay = limits.MaxCardsPerDay ?? BrandDefaults.MaxCardsPerDay;
        if (perDay < 1)
        {
            error("limits.maxCardsPerDay", $"{perDay} must be at least 1");
        }

        var cooldown = limits.CooldownHours ?? BrandDefaults.CooldownHours;
        if (cooldown is < 0 or > 24 * 30 || double.IsNaN(cooldown))
        {
            error("limits.cooldownHours", $"{cooldown} must be from 0 to 720 hours");
        }

        QuietHours? quiet = null;
        if (limits.QuietHours is { } text && !QuietHours.TryParse(text, out quiet))
        {
            error("limits.quietHours", $"'{text}' is not a window like \"22:00-07:00\" (24-hour, start ≠ end)");
        }

        var zone = TimeZoneInfo.Utc;
        var zoneId = limits.TimeZone?.Trim() ?? BrandDefaults.TimeZoneId;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            error("limits.timeZone", $"'{zoneId}' is not a known IANA time zone (e.g. \"Europe/Amsterdam\")");
        }

        return new BrandLimits(perDay, cooldown, quiet, zone);
    }
}
