using Newsjack.Core.Buzz;

namespace Newsjack.Core.Topics;

/// <summary>Where posts went: attached to stories (by story id), grouped into hashtag topics, or left unlinked.</summary>
public sealed record BuzzLinks(
    IReadOnlyDictionary<string, IReadOnlyList<BuzzPost>> ByStory,
    IReadOnlyDictionary<string, IReadOnlyList<BuzzPost>> ByHashtag,
    int Unlinked);
