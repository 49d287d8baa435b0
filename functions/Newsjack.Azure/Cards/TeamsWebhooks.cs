using Microsoft.Extensions.Configuration;
using Newsjack.Azure.Scoring;

namespace Newsjack.Azure.Cards;

/// <summary>
/// Finds a brand's Teams webhook: the URL in the setting named by the profile's <c>teams.webhookSetting</c> (a Key
/// Vault reference in Azure). HTTPS only, except to this machine. Problems name the setting, never its value.
/// </summary>
public sealed class TeamsWebhooks(IConfiguration configuration, BrandFolder brands)
{
    /// <summary>The setting's name and URL, or the reason there is none.</summary>
    public (string Setting, Uri? Url, string? Problem) Find(string brandId)
    {
        var brand = brands.Brands().FirstOrDefault(b => b.Id == brandId);
        if (brand is null)
        {
            return ("", null, $"brand {brandId} is no longer in the brands folder");
        }

        var setting = brand.TeamsWebhookSetting;
        var url = configuration[setting];
        if (string.IsNullOrWhiteSpace(url))
        {
            return (setting, null, $"setting {setting} (Teams webhook URL) is not set");
        }

        return Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            ? (setting, uri, null)
            : (setting, null, $"setting {setting} is not an https URL");
    }
}
