namespace Newsjack.Core.Brands;

/// <summary>`voice`: tone defaults to neutral, emoji to false; hashtags must start with '#'.</summary>
internal static class BrandVoiceValidator
{
    public static BrandVoice Validate(Json.BrandVoiceJson? voice, Action<string, string> error)
    {
        if (voice is null)
        {
            return BrandDefaults.Voice;
        }

        var hashtags = BrandProfileValidator.NonEmpty(voice.Hashtags, "voice.hashtags", error);
        for (var i = 0; i < hashtags.Count; i++)
        {
            if (!hashtags[i].StartsWith('#') || hashtags[i].Length < 2 || hashtags[i].Any(char.IsWhiteSpace))
            {
                error($"voice.hashtags[{i}]", $"'{hashtags[i]}' must be one word starting with '#'");
            }
        }

        var tone = string.IsNullOrWhiteSpace(voice.Tone) ? BrandDefaults.Tone : voice.Tone.Trim();
        return new BrandVoice(tone, voice.Emoji ?? false, hashtags);
    }
}
