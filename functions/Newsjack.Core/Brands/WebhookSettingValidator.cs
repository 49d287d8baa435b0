using System.Text.RegularExpressions;

namespace Newsjack.Core.Brands;

/// <summary>
/// `teams.webhookSetting` / `publish.webhookSetting` must name a configuration setting. A URL here would put a
/// secret into a file that is committed and shown in reports, so it is rejected.
/// </summary>
internal static partial class WebhookSettingValidator
{
    public static string? Validate(Json.BrandWebhookJson? webhook, string field, Action<string, string> error)
    {
        var setting = webhook?.WebhookSetting?.Trim();
        if (webhook is null || setting is null)
        {
            return null;
        }

        if (setting.Contains("://", StringComparison.Ordinal))
        {
            error($"{field}.webhookSetting", "looks like a URL; name the configuration setting that holds the URL instead");
            return null;
        }

        if (!SettingName().IsMatch(setting))
        {
            error($"{field}.webhookSetting", $"'{setting}' is not a setting name (letters, digits, '_', ':' or '__')");
            return null;
        }

        return setting;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_:.]{0,127}$")]
    private static partial Regex SettingName();
}
