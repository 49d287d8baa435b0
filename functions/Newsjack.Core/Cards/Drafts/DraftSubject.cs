using Newsjack.Core.Text;

namespace Newsjack.Core.Cards.Drafts;

/// <summary>What a draft is written about: the topic as the brand should address it, already cleaned for display.</summary>
public sealed record DraftSubject(string Label, IReadOnlyList<string> MatchedTerms, string? TopicHashtag)
{
    /// <summary>The label (shortened), the brand terms it matched and its top hashtag when that is a plain `#word`.</summary>
    public static DraftSubject From(ScoringSubject subject, IReadOnlyList<string> matchedTerms)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var tag = subject.Hashtags.FirstOrDefault(h => h.Length is > 1 and <= 40 && h[0] == '#' && h.Skip(1).All(char.IsLetterOrDigit));
        return new DraftSubject(UntrustedText.Clean(subject.Label, 110), matchedTerms, tag);
    }
}
