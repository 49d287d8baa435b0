using Newsjack.Core.Text;

namespace Newsjack.Core.Tests.Text;

public sealed class WordStemTests
{
    [Theory]
    [InlineData("killed", "kill")]
    [InlineData("killing", "kill")]
    [InlineData("kills", "kill")]
    [InlineData("cookies", "cookie")]
    [InlineData("injuries", "injury")]
    [InlineData("died", "dies")]
    [InlineData("bombing", "bomb")]
    [InlineData("stabbed", "stab")]
    [InlineData("hurricanes", "hurricane")]
    [InlineData("bends", "bending")]
    public void Inflections_share_a_stem(string a, string b) => Assert.Equal(WordStem.Of(b), WordStem.Of(a));

    [Theory]
    [InlineData("dye", "die")]
    [InlineData("dead", "deadline")]
    [InlineData("shot", "shoot")]
    public void Different_words_keep_different_stems(string a, string b) => Assert.NotEqual(WordStem.Of(b), WordStem.Of(a));

    [Fact]
    public void Camel_case_hashtag_splits_into_words() =>
        Assert.Equal(["why", "i", "stayed", "now"], WordSplitter.Split("#WhyIStayed now").Words.Select(w => w.Text));
}
