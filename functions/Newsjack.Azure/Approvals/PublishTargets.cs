using Microsoft.Extensions.Configuration;
using Newsjack.Core.Brands;

namespace Newsjack.Azure.Approvals;

/// <summary>
/// Finds a brand's publish webhook: the URL in the setting named by <c>publish.webhookSetting</c>, the signing
/// secret in the same name plus <c>_SECRET</c> (e.g. <c>PUBLISH_WEBHOOK_LUMEN</c> and <c>PUBLISH_WEBHOOK_LUMEN_SECRET</c>).
/// HTTPS only, except to this machine. Problems name the setting, never its value.
/// </summary>
public sealed class PublishTargets(IConfiguration configuration)
{
    public const string SecretSuffix = "_SECRET";

    /// <summary>The target, or the reason there is none.</summary>
    public (PublishTarget? Target, string? Problem) Find(BrandProfile brand)
    {
        ArgumentNullException.ThrowIfNull(brand);
        if (brand.PublishWebhookSetting is not { Length: > 0 } setting)
        {
            return (null, $"brand {brand.Id} has no publish.webhookSetting");
        }

        var url = configuration[setting];
        if (string.IsNullOrWhiteSpace(url))
        {
            return (null, $"setting {setting} (publish webhook URL) is not set");
        }

        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            return (null, $"setting {setting} is not an https URL");
        }

        var secret = configuration[setting + SecretSuffix];
        return string.IsNullOrEmpty(secret)
            ? (null, $"setting {setting}{SecretSuffix} (the signing secret) is not set; requests are never sent unsigned")
            : (new PublishTarget(uri, secret), null);
    }
}
