namespace Newsjack.Core.Brands.Json;

/// <summary>The `voice` object as written.</summary>
public sealed record BrandVoiceJson(string? Tone, bool? Emoji, IReadOnlyList<string?>? Hashtags);
