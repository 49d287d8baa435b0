using System.Globalization;
using Newsjack.Core.Brands;
using Newsjack.Core.Scoring.Risk.Meaning;
using Newsjack.Core.Text;

namespace Newsjack.Core.Scoring.Risk;

/// <summary>
/// Judges a topic's brand-safety risk for one brand: lexicons over items, hashtags and posts (by how widespread),
/// the sensitive-date calendar in the brand's time zone, the mood of the posts, the brand's avoid list and tone
/// constraints. The worst category tier is the topic's tier.
/// </summary>
public sealed class RiskEngine(RiskLexicon lexicon, SensitiveDateCalendar calendar, SentimentScorer sentiment, ToneGuard tone, TragedySigns signs)
{
    public static RiskEngine Default { get; } = new(RiskLexicon.Default, SensitiveDateCalendar.Default, SentimentScorer.Default, ToneGuard.Default, TragedySigns.Default);

    /// <summary>The story context of a window of subjects, built with this engine's lexicon and the classifier's readings (by subject id) when there are any.</summary>
    public StoryContext ContextOf(IReadOnlyList<ScoringSubject> window, IReadOnlyDictionary<string, MeaningReading>? readings = null) =>
        StoryContext.Build(window, lexicon, readings);

    /// <summary>
    /// Judges one subject; <paramref name="context"/> (the window it came from, see <see cref="ContextOf"/>) adds
    /// the floor a topic inherits from casualty reports about its people, places and organisations elsewhere.
    /// </summary>
    public RiskAssessment Assess(ScoringSubject subject, BrandProfile brand, DateTimeOffset now, StoryContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(brand);
        var items = subject.Items.Select(i => (i, WordSplitter.Split(i.Text)))
            .Concat(subject.Hashtags.Select(h => (new SubjectText(h, h), WordSplitter.Split(h))))
            .ToList();
        var posts = subject.Posts.Select(p => (p, WordSplitter.Split(p.Text))).ToList();
        var under = subject.Hashtags.Count > 0 ? string.Join(" ", subject.Hashtags.Take(2)) : null;

        var tally = new CategoryTally();
        TextRiskAggregator.Aggregate(items, posts: false, under: null, lexicon, tally);
        TextRiskAggregator.Aggregate(posts, posts: true, under, lexicon, tally);
        foreach (var (category, evidence) in (context ?? StoryContext.Empty).Inherited(subject, brand, signs.Any(items)))
        {
            tally.Raise(category, RiskTier.Floor, [evidence]);
        }

        var all = items.Concat(posts).Select(t => t.Item2).ToList();
        CheckCalendar(all, brand, now, tally);
        CheckMood(posts.Select(p => p.Item2).ToList(), tally);

        var notes = new List<string>();
        if (tone.ConstraintFor(all) is { } constraint)
        {
            notes.Add(constraint);
        }

        var categories = tally.ToList();
        var tier = categories.Count == 0 ? RiskTier.None : categories.Max(c => c.Tier);
        string?[] possible = tier == RiskTier.Floor ? [] : [signs.Find(items), (context ?? StoryContext.Empty).SettingOf(subject)];
        return new RiskAssessment(tier, categories, AvoidList.Hits(brand, items.Concat(posts).ToList()), notes)
        {
            PossibleTragedy = [.. possible.OfType<string>()],
        };
    }

    private void CheckCalendar(List<TokenizedText> texts, BrandProfile brand, DateTimeOffset now, CategoryTally tally)
    {
        var localDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, brand.Limits.TimeZone).DateTime);
        foreach (var date in calendar.On(localDay))
        {
            var mention = texts.SelectMany(t => date.Terms.SelectMany(p => p.FindAll(t).Select(m => t.Snippet(m.Start, m.End)))).FirstOrDefault();
            var day = localDay.ToString("MMM d", CultureInfo.InvariantCulture);
            tally.Raise(date.Category, mention is null ? date.DayTier : RiskTier.Floor,
                [mention is null ? $"today ({day}) is the {date.Name}" : $"\"{mention}\" on the {date.Name}"]);
        }
    }

    private void CheckMood(List<TokenizedText> posts, CategoryTally tally)
    {
        if (posts.Count < 5)
        {
            return;
        }

        var mean = posts.Average(sentiment.Score);
        if (mean <= -0.35)
        {
            var tier = mean <= -0.6 ? RiskTier.High : RiskTier.Medium;
            tally.Raise(RiskCategories.SensitiveSocialIssues, tier,
                [string.Create(CultureInfo.InvariantCulture, $"posts are strongly negative (mean sentiment {mean:0.00} over {posts.Count} posts)")]);
        }
    }
}
