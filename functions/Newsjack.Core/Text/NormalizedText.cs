namespace Newsjack.Core.Text;

/// <summary>
/// A text as every later stage reads it. <see cref="Terms"/> are folded, stemmed content words in order (hashtags
/// included as words); <see cref="Phrases"/> are adjacent term pairs ("red carpet"); <see cref="Names"/> are runs of
/// capitalised words ("joe biden") from sentence-case text; <see cref="Hashtags"/> and <see cref="Mentions"/> are
/// case-folded without their sign.
/// </summary>
public sealed record NormalizedText(
    IReadOnlyList<string> Terms,
    IReadOnlyList<string> Phrases,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Hashtags,
    IReadOnlyList<string> Mentions,
    IReadOnlyList<string> Urls,
    IReadOnlyList<string> Emoji);
