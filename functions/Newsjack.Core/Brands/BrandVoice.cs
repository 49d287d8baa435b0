namespace Newsjack.Core.Brands;

/// <summary>How the brand sounds in drafts: tone word, whether emoji fit, and its own hashtags.</summary>
public sealed record BrandVoice(string Tone, bool Emoji, IReadOnlyList<string> Hashtags);
