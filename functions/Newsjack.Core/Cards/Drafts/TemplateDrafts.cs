using Newsjack.Core.Brands;

namespace Newsjack.Core.Cards.Drafts;

/// <summary>
/// Drafts from templates in the brand's voice (tone, emoji, hashtags): a short one for X, a fuller one for
/// Instagram and a considered one for LinkedIn, each within its platform's limit. They speak about the moment and
/// the brand, never about a person, group or rival, so the safety check rarely has anything to drop.
/// </summary>
public static class TemplateDrafts
{
    public static IReadOnlyList<DraftPost> For(BrandProfile brand, DraftSubject subject)
    {
        ArgumentNullException.ThrowIfNull(brand);
        ArgumentNullException.ThrowIfNull(subject);
        var voice = Voice.Of(brand.Voice.Tone);
        var emoji = brand.Voice.Emoji ? " " + voice.Emoji : "";
        var about = subject.MatchedTerms.Count > 0 ? subject.MatchedTerms[0] : brand.Name;
        var tags = string.Join(' ', brand.Voice.Hashtags.Concat(subject.TopicHashtag is { } t ? [t] : []).Distinct(StringComparer.OrdinalIgnoreCase));
        var lines = new[]
        {
            (DraftPlatform.X, string.Format(System.Globalization.CultureInfo.InvariantCulture, voice.Short, "{0}", about) + emoji),
            (DraftPlatform.Instagram, string.Format(System.Globalization.CultureInfo.InvariantCulture, voice.Medium, "{0}", about, brand.Name) + emoji),
            (DraftPlatform.LinkedIn, string.Format(System.Globalization.CultureInfo.InvariantCulture, voice.Long, "{0}", about, brand.Name)),
        };
        return [.. lines.Select(l => Fit(l.Item1, l.Item2, subject.Label, tags))];
    }

    // The label is the only part that may be long; it is shortened until the draft fits the platform.
    private static DraftPost Fit(DraftPlatform platform, string template, string label, string tags)
    {
        var room = platform.MaxLength - (template.Length - 3) - (tags.Length + 1);
        var text = template.Replace("{0}", UntrustedText.Shorten(label, Math.Max(20, room)), StringComparison.Ordinal);
        return new DraftPost(platform, tags.Length > 0 ? $"{text} {tags}" : text);
    }

    private sealed record Voice(string Short, string Medium, string Long, string Emoji)
    {
        public static Voice Of(string tone) => tone.Trim().ToLowerInvariant() switch
        {
            "playful" or "witty" or "cheeky" or "fun" => new(
                "Seen this? {0}. Our take: any moment is better with {1}.",
                "Everyone's talking about it: {0}. We're here for it, and for {1}. Tell us your take below!",
                "Today's big conversation: {0}. At {2} we love a moment like this, because it's really about {1}. What's yours?",
                "🎉"),
            "warm" or "caring" or "gentle" => new(
                "{0}. A lovely moment, and a good day for {1}.",
                "{0}. Moments like this remind us why we care about {1}. Share yours with us.",
                "{0}. At {2}, moments like this remind us why we care about {1}, today and every day. We'd love to hear what it means to you.",
                "✨"),
            "bold" or "confident" => new(
                "{0}. This is what {1} is made for.",
                "{0}. This is the moment {1} was made for. Are you ready?",
                "{0}. At {2} we build for moments like this one, and it's all about {1}. Here's to doing it brilliantly.",
                "⚡"),
            "professional" or "formal" or "expert" => new(
                "{0}. What it means for {1}.",
                "{0}. A timely reminder of what matters in {1}. Our team shares three practical tips.",
                "{0}. At {2}, we follow developments like this closely. Here is what it means for {1}, and how we are helping our customers.",
                "📌"),
            _ => new(
                "{0}. Good news for anyone who loves {1}.",
                "{0}. Here's to {1}, and to everyone making the most of today. Tell us how you're joining in.",
                "{0}. At {2}, days like this are why we do what we do: it's all about {1}. We'd love to hear how you're marking the moment.",
                "👋"),
        };
    }
}
