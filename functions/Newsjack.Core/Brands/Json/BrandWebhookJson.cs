namespace Newsjack.Core.Brands.Json;

/// <summary>The `teams` / `publish` object as written: the name of the setting holding the webhook URL.</summary>
public sealed record BrandWebhookJson(string? WebhookSetting);
