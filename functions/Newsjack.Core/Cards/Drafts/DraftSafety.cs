using Newsjack.Core.Brands;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Text;

namespace Newsjack.Core.Cards.Drafts;

/// <summary>
/// Every draft is judged by the risk model again before it reaches a card (the KLM lesson): dropped, with its
/// reasons, when it touches a floor category (tragedy, death, hate…), adds risk beyond the topic's own tier and the
/// brand's tolerance, mocks a nation, ethnicity or religion, or insults a competitor.
/// </summary>
public sealed class DraftSafety(RiskEngine risk, ToneGuard tone, SentimentScorer sentiment)
{
    // Groups a brand must never make fun of (phrases match by stem, so plurals are covered); nations come from the tone guard.
    private static readonly Phrase[] Groups = [.. new[]
    {
        "muslim", "islam", "christian", "jew", "jewish", "hindu", "sikh", "buddhist", "catholic", "mormon", "atheist",
        "black people", "white people", "asian", "latino", "latina", "hispanic", "arab", "african", "roma", "gypsy",
        "indigenous", "native american", "immigrant", "refugee",
    }.Select(g => new Phrase(g))];

    private static readonly Phrase[] Insults = [.. new[]
    {
        "loser", "pathetic", "joke", "clown", "worst", "worse than", "stale", "soggy", "trash", "garbage", "lame", "fail", "flop",
        "knockoff", "copycat", "can't compete", "cry", "lol", "lmao", "rofl", "idiot", "stupid", "dumb", "ugly", "smell", "weird",
        "primitive", "backward",
    }.Select(g => new Phrase(g))];

    public static DraftSafety Default { get; } = new(RiskEngine.Default, ToneGuard.Default, SentimentScorer.Default);

    /// <summary>Splits drafts into the safe ones (in order) and the dropped ones with their reasons.</summary>
    public (IReadOnlyList<DraftPost> Safe, IReadOnlyList<DroppedDraft> Dropped) Check(
        IReadOnlyList<DraftPost> drafts, BrandProfile brand, TopicScore score, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var safe = new List<DraftPost>();
        var dropped = new List<DroppedDraft>();
        foreach (var draft in drafts)
        {
            var reasons = Reasons(draft, brand, score, now);
            if (reasons.Count == 0)
            {
                safe.Add(draft);
            }
            else
            {
                dropped.Add(new DroppedDraft(draft, reasons));
            }
        }

        return (safe, dropped);
    }

    public IReadOnlyList<string> Reasons(DraftPost draft, BrandProfile brand, TopicScore score, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(brand);
        ArgumentNullException.ThrowIfNull(score);
        var reasons = new List<string>();
        if (draft.Length > draft.Platform.MaxLength)
        {
            reasons.Add($"too long for {draft.Platform.Name}: {draft.Length} of {draft.Platform.MaxLength} characters");
        }

        var subject = new ScoringSubject
        {
            Id = "draft",
            Label = draft.Text,
            Items = [new SubjectText("draft", draft.Text)],
            FirstSeen = now,
            LastSeen = now,
        };
        var assessment = risk.Assess(subject, brand, now);
        var allowed = RiskTiers.Max(score.Risk.Tier, DecisionMaker.Accepted(brand.RiskTolerance));
        foreach (var category in assessment.Categories.Where(c => c.Tier == RiskTier.Floor || c.Tier > allowed))
        {
            var evidence = category.Evidence.Count > 0 ? $": {category.Evidence[0]}" : "";
            reasons.Add(category.Tier == RiskTier.Floor
                ? $"touches {category.Id} (floor){evidence}"
                : $"adds {category.Id} risk {category.Tier.ToId()} over what the topic carries{evidence}");
        }

        reasons.AddRange(assessment.AvoidHits.Select(h => $"on the brand's avoid list: {h}"));
        var topicIsALoss = score.Risk.Notes.Any(n => n.StartsWith("tone:", StringComparison.Ordinal));
        reasons.AddRange(tone.CheckDraft(draft.Text, topicIsALoss));

        var words = WordSplitter.Split(draft.Text);
        var hostile = Insults.Any(i => i.FindAll(words).Any()) || sentiment.Score(words) < -0.2;
        if (hostile)
        {
            reasons.AddRange(Groups.Where(g => g.FindAll(words).Any()).Take(1).Select(g => $"mocks or disparages a group: '{g.Text}'"));
            reasons.AddRange(brand.Competitors.Where(c => new Phrase(c).FindAll(words).Any()).Select(c => $"insults competitor {c}"));
        }

        return reasons;
    }
}
