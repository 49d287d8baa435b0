using Newsjack.Core.Brands;
using Newsjack.Core.Scoring.Risk.Meaning;
using Newsjack.Core.Text;

namespace Newsjack.Core.Scoring.Risk;

/// <summary>
/// What the whole window says about the people, places and organisations in it. A news item with a floor-tier
/// casualty hit (death, killing, disaster, war, terror) makes its names casualty names; another topic that names
/// one of them inherits floor, however gently it is worded ("Mara Quill's copper curls", "a 5K in honour of Dev
/// Okafor", "Flight 5107 recorders recovered"): one story, one decision. A name carried by many topics of the
/// window ("Super Bowl", a head of state) says too little and is left out. A brand named in a casualty item is
/// floor for that brand in the topics that name it and show a sign of loss (a statement on "the incident").
/// A place or people that most of the window's reports about it are deaths, war or terror ("Russia", "Ukrainian",
/// "Kesh") is a conflict's setting: too broad to floor everything said about it, but a topic naming it (a flag
/// airline halting flights, cosmonauts in the other side's colours) is a possible tragedy, suppressed with the
/// reason shown, never suggested. A topic the classifier reads as a death or a suicide (at the floor bar, see
/// <see cref="MeaningSettlement.FloorAt"/>) is a casualty report too, however indirectly told ("could not find his
/// way back"): the people its headline names carry the story, so a slow ride in their honour is the same story.
/// </summary>
public sealed class StoryContext
{
    private static readonly HashSet<string> CasualtyCategories = new(StringComparer.Ordinal)
    {
        RiskCategories.DeathInjuryConflict, RiskCategories.Terrorism, RiskCategories.CrimeHarmfulActs,
    };

    private static readonly HashSet<string> ConflictCategories = new(StringComparer.Ordinal)
    {
        RiskCategories.DeathInjuryConflict, RiskCategories.Terrorism,
    };

    // A setting needs reports from this many topics (one or two are a story, handled by the names), and casualty
    // reports must be at least this share of the topics naming it ("American", "Texas" are named in every kind of news).
    private const int SettingReports = 3;
    private const double SettingShare = 0.5;

    private readonly List<CasualtyItem> _items;
    private readonly List<(string[] Name, CasualtyItem Item)> _names;
    private readonly List<(string[] Name, CasualtyItem Item, int Reports)> _settings;

    private StoryContext(List<CasualtyItem> items, List<(string[] Name, CasualtyItem Item)> names, List<(string[] Name, CasualtyItem Item, int Reports)> settings)
    {
        _items = items;
        _names = names;
        _settings = settings;
    }

    public static StoryContext Empty { get; } = new([], [], []);

    private static readonly HashSet<string> ReadAsCasualty = new(StringComparer.Ordinal) { "death", "self_harm" };

    public static StoryContext Build(IReadOnlyList<ScoringSubject> window, RiskLexicon lexicon, IReadOnlyDictionary<string, MeaningReading>? readings = null)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(lexicon);
        var texts = window.Select(Texts).ToList();
        var common = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts.SelectMany(t => t))
        {
            NameFinder.AddLowerCaseWords(text, common);
        }

        var items = new List<CasualtyItem>();
        var read = new List<CasualtyItem>();
        foreach (var subject in window)
        {
            var reading = readings?.GetValueOrDefault(subject.Id);
            foreach (var item in subject.Items)
            {
                var text = WordSplitter.Split(item.Text);
                var hit = lexicon.Scan(text).FirstOrDefault(h => h.Tier == RiskTier.Floor && CasualtyCategories.Contains(h.Category));
                if (hit is not null)
                {
                    items.Add(new CasualtyItem(subject.Id, item, text, hit));
                }
                else if (reading is not null && reading.ItemId == item.Id && reading.Probability >= MeaningSettlement.FloorAt && ReadAsCasualty.Contains(reading.Class))
                {
                    var meant = new LexiconHit(RiskMeaningModel.CategoryOf(reading.Class), RiskTier.Floor, reading.Class, $"reads as: {reading.Describe()}: {reading.Sentence}");
                    read.Add(new CasualtyItem(subject.Id, item, text, meant));
                }
            }
        }

        items.AddRange(read);

        if (items.Count == 0)
        {
            return Empty;
        }

        // Only the one who died (or the flight, the storm) carries the story; a name in more than a few topics
        // (or 3 % of a big window) is a setting, not one story.
        var cap = Math.Max(10, window.Count * 3 / 100);
        var names = items
            .SelectMany(i => NameFinder.Find(i.Text, common).Where(n => NameFinder.IsVictimIn(i.Text, n) || (read.Contains(i) && Headlines(i, n))).Select(n => (Name: n, Item: i)))
            .GroupBy(f => string.Join(' ', f.Name), StringComparer.Ordinal)
            .Where(g => texts.Count(t => t.Any(x => NameFinder.Mentions(x, g.First().Name))) <= cap)
            .Select(g => g.First())
            .ToList();
        return new StoryContext(items, names, Settings([.. items.Except(read)], texts, common));
    }

    /// <summary>What this subject's setting says: "possible tragedy" evidence when it names a conflict's setting; null when not.</summary>
    public string? SettingOf(ScoringSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (_settings.Count == 0)
        {
            return null;
        }

        var words = Texts(subject).SelectMany(t => t.Words).Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
        return _settings.Where(s => s.Item.SubjectId != subject.Id && words.Any(w => NameFinder.IsPlaceOrPeople(w, s.Name[0])))
            .Select(s => $"story context: {Display(s.Name)} is the setting of {s.Reports} death, war or terror reports in this window, such as \"{s.Item.Hit.Snippet}\" (item {s.Item.Item.Id})")
            .FirstOrDefault();
    }

    // A place counts in every form its reports use: "Karsia", "Karsian", "Karsia's", at a sentence's start too.
    private static List<(string[] Name, CasualtyItem Item, int Reports)> Settings(List<CasualtyItem> items, List<List<TokenizedText>> texts, HashSet<string> common)
    {
        var conflict = items.Where(i => ConflictCategories.Contains(i.Hit.Category)).ToList();
        var words = texts.Select(t => t.SelectMany(x => x.Words).Select(w => w.Text).ToHashSet(StringComparer.Ordinal)).ToList();
        var settings = new List<(string[] Name, CasualtyItem Item, int Reports)>();
        // Only a word standing alone as a name: "Los Angeles" or "Port Alder" is one place, not "Angeles" or "Port".
        var places = conflict.SelectMany(i => NameFinder.Find(i.Text, common, singles: true)).Where(n => n.Length == 1).Select(n => n[0]).Distinct(StringComparer.Ordinal);
        foreach (var place in places)
        {
            var reports = conflict.Where(i => i.Text.Words.Any(w => NameFinder.IsPlaceOrPeople(w.Text, place))).ToList();
            var topics = reports.Select(i => i.SubjectId).Distinct(StringComparer.Ordinal).Count();
            if (topics >= SettingReports && topics >= SettingShare * words.Count(t => t.Any(w => NameFinder.IsPlaceOrPeople(w, place))))
            {
                settings.Add(([place], reports[0], topics));
            }
        }

        return settings;
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

    // An item read as a death names its dead in its headline by a full name ("Theo Marsh"), not by one word.
    private static bool Headlines(CasualtyItem item, string[] name) =>
        name.Length >= 2 && NameFinder.Mentions(WordSplitter.Split(item.Item.Text.Split(". ", 2)[0]), name);

    private static List<TokenizedText> Texts(ScoringSubject subject) =>
        [.. subject.Items.Select(i => WordSplitter.Split(i.Text)), WordSplitter.Split(subject.Label)];

    private static string Display(string[] name) => string.Join(' ', name.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private sealed record CasualtyItem(string SubjectId, SubjectText Item, TokenizedText Text, LexiconHit Hit);
}
