using Newsjack.Core.Text;

namespace Newsjack.Core.Topics.Trends;

/// <summary>
/// Feeds posts into one partition's <see cref="SignificanceSketch"/>: every distinct term and hashtag, and every pair of
/// the first <see cref="PairTerms"/> of them, counts once per post. No allocation per post. Not thread-safe: one per
/// partition (or thread); merge the sketches to read them together.
/// </summary>
public sealed class TrendDetector(SignificanceSketch sketch)
{
    /// <summary>Pairs come from this many leading terms (6 pairs), bounding work per post.</summary>
    public const int PairTerms = 4;

    public SignificanceSketch Sketch { get; } = sketch;

    /// <summary>Counts one text at <paramref name="time"/>; a newer window first closes the current one. Late texts count in the current window.</summary>
    public void Add(ReadOnlySpan<char> text, DateTimeOffset time, TextLanguage language = TextLanguage.English)
    {
        Sketch.AdvanceTo(Sketch.WindowOf(time));
        Span<ulong> hashes = stackalloc ulong[PostTermHashes.MaxTerms + (PairTerms * (PairTerms - 1) / 2)];
        var count = PostTermHashes.Collect(text, language, hashes[..PostTermHashes.MaxTerms]);
        var total = count;
        var paired = Math.Min(count, PairTerms);
        for (var i = 0; i < paired; i++)
        {
            for (var j = i + 1; j < paired; j++)
            {
                hashes[total++] = StableHash.Pair(hashes[i], hashes[j]);
            }
        }

        Sketch.ObserveAll(hashes[..total]);
    }

    public TermSignificance Term(string term) => Sketch.Query(PostTermHashes.OfTerm(term));

    public TermSignificance Hashtag(string foldedTag) => Sketch.Query(PostTermHashes.OfHashtag(foldedTag));

    public TermSignificance Pair(string first, string second) =>
        Sketch.Query(StableHash.Pair(PostTermHashes.OfTerm(first), PostTermHashes.OfTerm(second)));
}
