using Newsjack.Core.Text;

namespace Newsjack.Core.Scoring.Analysis;

/// <summary>
/// The one text sent for a topic: its label, then its first news texts and a few posts, one per line, cut on a
/// word to <see cref="MaxCharacters"/> so it is billed as a single text record per kind however loud the buzz.
/// </summary>
public static class TopicAnalysisDocument
{
    public const int MaxCharacters = TextRecords.CharactersPerRecord;
    public const int MaxItems = 5;
    public const int MaxPosts = 3;

    /// <summary>
    /// Sentiment only: it is what can raise risk, and each kind is billed as its own record, so this keeps the cost at
    /// one text record per topic per window. Entities stay available to callers that ask for them explicitly.
    /// </summary>
    public const AnalysisKinds Kinds = AnalysisKinds.Sentiment;

    /// <summary>Each text is cut first, so one long summary cannot crowd out the others.</summary>
    private const int MaxCharactersPerText = 240;

    public static AnalysisDocument Build(ScoringSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var lines = subject.Items.Take(MaxItems).Concat(subject.Posts.Take(MaxPosts))
            .Select(t => TextTruncator.Truncate(t.Text.ReplaceLineEndings(" ").Trim(), MaxCharactersPerText).Text)
            .Where(t => t.Length > 0)
            .Prepend(subject.Label);
        return new AnalysisDocument(subject.Id, TextTruncator.Truncate(string.Join('\n', lines), MaxCharacters).Text, Kinds: Kinds);
    }
}
