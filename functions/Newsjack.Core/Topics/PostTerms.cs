using Newsjack.Core.Buzz;
using Newsjack.Core.Text;

namespace Newsjack.Core.Topics;

/// <summary>
/// What linking reads of one post, taken once from its text: the article keys of its links, its hashtags, and how
/// often each term and phrase occurs (with its distinct terms). Normalizing is most of a post's cost and depends on
/// the text alone, so a post held across runs is not normalized again (<see cref="PostTermsCache"/>); weighing the
/// counts against the window's document frequencies happens at each link, as the frequencies move.
/// </summary>
public sealed class PostTerms
{
    private PostTerms(string text, string[] linkKeys, string[] hashtags, string[] features, double[] counts, string[] terms)
    {
        Text = text;
        LinkKeys = linkKeys;
        Hashtags = hashtags;
        Features = features;
        Counts = counts;
        Terms = terms;
    }

    /// <summary>The text these were taken from.</summary>
    public string Text { get; }

    /// <summary>The post's links as <see cref="LinkKey"/>s, in order (links that are not URLs left out).</summary>
    public IReadOnlyList<string> LinkKeys { get; }

    public IReadOnlyList<string> Hashtags { get; }

    /// <summary>Terms and phrases in order of first use, with <see cref="Counts"/> (same order).</summary>
    internal string[] Features { get; }

    internal double[] Counts { get; }

    /// <summary>Distinct unigram terms, in order of first use.</summary>
    internal string[] Terms { get; }

    public static PostTerms Of(BuzzPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var text = TextNormalizer.Normalize(post.Text, post.Lang);
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var feature in text.Terms.Concat(text.Phrases))
        {
            counts[feature] = counts.GetValueOrDefault(feature) + 1.0;
        }

        return new PostTerms(
            post.Text,
            [.. text.Urls.Select(LinkKey.Of).OfType<string>()],
            [.. text.Hashtags],
            [.. counts.Keys],
            [.. counts.Values],
            [.. text.Terms.Distinct(StringComparer.Ordinal)]);
    }
}
