using Newsjack.Core.Scoring.Risk;
using Newsjack.Core.Text;

namespace Newsjack.Core.Tests.Scoring.Risk;

public sealed class RiskLexiconTests
{
    private static readonly RiskLexicon Lexicon = RiskLexicon.Default;

    [Fact]
    public void Every_category_has_an_embedded_lexicon() =>
        Assert.Equal(RiskCategories.All.Order(), Lexicon.Rules.Select(r => r.Category).Distinct().Order());

    [Fact]
    public void Every_rule_example_hits_its_own_rule()
    {
        var misses = Lexicon.Rules
            .SelectMany(rule => rule.Examples.Where(e => !rule.Find(WordSplitter.Split(e)).Any()).Select(e => $"{rule.Category}: {e}"))
            .ToList();

        Assert.Empty(misses);
    }

    [Fact]
    public void No_counter_example_hits_its_category()
    {
        var hits = Lexicon.Rules
            .SelectMany(rule => rule.CounterExamples.SelectMany(c => Lexicon.Scan(WordSplitter.Split(c))
                .Where(h => h.Category == rule.Category).Select(h => $"{c} -> {h.Term}")))
            .ToList();

        Assert.Empty(hits);
    }

    [Theory]
    [InlineData("Behind the scenes at the photo shoot for our new campaign")]
    [InlineData("The superhero sequel was a box office bomb")]
    [InlineData("Killer heels for the party season")]
    [InlineData("The 100m final ended in a dead heat")]
    [InlineData("Start your day with a shot of espresso")]
    [InlineData("A crash course in hair dye for beginners")]
    [InlineData("Our new hair dye covers greys in 10 minutes")]
    [InlineData("Dunk it in the dark: cookies during the blackout")]
    [InlineData("She killed it on the red carpet tonight")]
    public void Harmless_phrases_that_look_risky_raise_nothing_serious(string text)
    {
        var serious = Lexicon.Scan(WordSplitter.Split(text)).Where(h => h.Tier >= RiskTier.Medium).Select(h => h.Term);

        Assert.Empty(serious);
    }

    [Theory]
    [InlineData("Gunman opens fire at the mall, two dead", RiskCategories.DeathInjuryConflict)]
    [InlineData("Hurricane Sandy slams the East Coast", RiskCategories.DeathInjuryConflict)]
    [InlineData("Bomb explodes near the stadium", RiskCategories.Terrorism)]
    [InlineData("I stayed because he said the abuse was my fault", RiskCategories.CrimeHarmfulActs)]
    [InlineData("Player racially abused by fans", RiskCategories.HateSpeechAggression)]
    [InlineData("Police fire tear gas at protesters in Cairo", RiskCategories.DeathInjuryConflict)]
    public void Tragedies_are_floor(string text, string category) =>
        Assert.Contains(Lexicon.Scan(WordSplitter.Split(text)), h => h.Category == category && h.Tier == RiskTier.Floor);

    [Fact]
    public void Negated_harm_is_not_a_hit() =>
        Assert.DoesNotContain(Lexicon.Scan(WordSplitter.Split("Power cut stops the game; no one was injured")), h => h.Tier == RiskTier.Floor);

    [Fact]
    public void Hit_quotes_the_words_around_the_match()
    {
        var hit = Lexicon.Scan(WordSplitter.Split("Officials say at least three people were killed when the roof fell in during the storm"))[0];

        Assert.Equal("…say at least three people were killed when the roof fell in during…", hit.Snippet);
    }

    [Fact]
    public void Lexicon_with_unknown_category_is_rejected_with_file_and_field()
    {
        using var stream = new MemoryStream("""{ "category": "gossip", "entries": [] }"""u8.ToArray());

        var ex = Assert.Throws<InvalidDataException>(() => RiskLexicon.Read(stream, "extra.json"));
        Assert.StartsWith("extra.json: category:", ex.Message, StringComparison.Ordinal);
    }
}
