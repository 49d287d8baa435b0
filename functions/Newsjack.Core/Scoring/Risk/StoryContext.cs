using Newsjack.Core.Brands;
using Newsjack.Core.Text;

namespace Newsjack.Core.Scoring.Risk;

/// <summary>
/// What the whole window says about the people, places and organisations in it. A news item with a floor-tier
/// casualty hit (death, killing, disaster, war, terror) makes its names casualty names; another topic that names
/// one of them inherits floor, however gently it is worded ("Mara Quill's copper curls", "a 5K in honour of Dev
/// Okafor", "Flight 5107 recorders recovered"): one story, one decision. A name carried by many topics of the
/// window ("Super Bowl", a head of state) says too little and is left out. A brand named in a casualty item is
/// floor for that brand in the topics that name it and show a sign of loss (a statement on "the incident").
/// </summary>
public sealed class StoryContext
{
    private static readonly HashSet<string> CasualtyCategories = new(StringComparer.Ordinal)
    {
        RiskCategories.DeathInjuryConflict, RiskCategories.Terrorism, RiskCategories.CrimeHarmfulActs,
    };

    private readonly List<CasualtyItem> _items;
    private readonly List<(string[] Name, CasualtyItem Item)> _names;

    private StoryContext(List<CasualtyItem> items, List<(string[] Name, CasualtyItem Item)> names)
    {
        _items = items;
        _names = names;
    }

    public static StoryContext Empty { get; } = new([], []);

    public static StoryContext Build(IReadOnlyList<ScoringSubject> window, RiskLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(lexicon);
        var items = new List<CasualtyItem>();
        foreach (var subject in window)
        {
            foreach (var item in subject.Items)
            {
                var text = WordSplitter.Split(item.Text);
                var hit = lexicon.Scan(text).FirstOrDefault(h => h.Tier == RiskTier.Floor && CasualtyCategories.Contains(h.Category));
                if (hit is not null)
                {
                    items.Add(new CasualtyItem(subject.Id, item, text, hit));
                }
            }
        }

        if (items.Count == 0)
        {
            return Empty;
        }

        // Only the one who died (or the flight, the storm) carries the story; a name in more than a few topics
        // (or 3 % of a big window) is a setting, not one story.
        var cap = Math.Max(10, window.Count * 3 / 100);
        var texts = window.Select(Texts).ToList();
        var names = items
            .SelectMany(i => NameFinder.Find(i.Text).Where(n => NameFinder.IsVictimIn(i.Text, n)).Select(n => (Name: n, Item: i)))
            .GroupBy(f => string.Join(' ', f.Name), StringComparer.Ordinal)
            .Where(g => texts.Count(t => t.Any(x => NameFinder.Mentions(x, g.First().Name))) <= cap)
            .Select(g => g.First())
            .ToList();
        return new StoryContext(items, names);
    }

    /// <summary>Floor evidence this subject inherits from casualty reports elsewhere in the window, by category.</summary>
    /// <remarks>
    /// The brand rule needs the subject to show a sign of loss itself (<paramref name="showsLoss"/>): the brand's own
    /// statement about "the incident" is the casualty story; its on-time ranking the same day is not.
    /// </remarks>
    public IReadOnlyList<(string Category, string Evidence)> Inherited(ScoringSubject subject, BrandProfile brand, bool showsLoss)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(brand);
        if (_items.Count == 0)
        {
            return [];
        }

        var texts = Texts(subject);
        var inherited = new List<(string, string)>();
        foreach (var (name, item) in _names.Where(n => n.Item.SubjectId != subject.Id))
        {
            if (texts.Any(t => NameFinder.Mentions(t, name)))
            {
                inherited.Add((item.Hit.Category,
                    $"story context: {Display(name)} is in a casualty report elsewhere in this window: \"{item.Hit.Snippet}\" (item {item.Item.Id})"));
            }
        }

        var brandName = WordSplitter.Split(brand.Name).Words.Select(w => w.Text).ToArray();
        if (showsLoss && brandName.Length > 0 && texts.Any(t => NameFinder.Mentions(t, brandName))
            && _items.FirstOrDefault(i => i.SubjectId != subject.Id && NameFinder.Mentions(i.Text, brandName)) is { } named)
        {
            inherited.Add((named.Hit.Category,
                $"story context: {brand.Name} is named in a casualty report in this window: \"{named.Hit.Snippet}\" (item {named.Item.Id})"));
        }

        return inherited;
    }

    private static List<TokenizedText> Texts(ScoringSubject subject) =>
        [.. subject.Items.Select(i => WordSplitter.Split(i.Text)), WordSplitter.Split(subject.Label)];

    private static string Display(string[] name) => string.Join(' ', name.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private sealed record CasualtyItem(string SubjectId, SubjectText Item, TokenizedText Text, LexiconHit Hit);
}
