using Newsjack.Core.Text;

namespace Newsjack.Core.Tests.Text;

/// <summary>The words the scorers read, from the scanner's tokens; each case comes from real posts.</summary>
public sealed class WordSplitterTests
{
    [Theory]
    [InlineData("1. Luke2. Dean#GilmoreGirlsTop4", "1 luke2 dean gilmore girls top 4")]
    [InlineData("No more #ISIS #Iran’s game plan", "no more isis iran's game plan")]
    [InlineData("revisit @ChairmanL's idea", "revisit chairmanl's idea")]
    [InlineData("actions\":https://t.co/8OY8#MosulOffensive now", "actions https t co 8oy8 mosul offensive now")]
    [InlineData("At least 1,000 were hurt in 3.5 hours", "at least 1 000 were hurt in 3 5 hours")]
    [InlineData("See https://news.example/2026/shooting-at-mall 😢", "see https news example 2026 shooting at mall")]
    [InlineData("@tha_fluzzy07 said #foo_BarBaz", "tha fluzzy07 said foo barbaz")]
    public void Splits_like_a_reader_of_posts(string text, string words) =>
        Assert.Equal(words, string.Join(' ', WordSplitter.Split(text).Words.Select(w => w.Text)));

    [Fact]
    public void Words_keep_their_place_in_the_original_for_evidence()
    {
        var text = WordSplitter.Split("Big #BlackoutFinal tonight");
        Assert.Equal(["Big", "Blackout", "Final", "tonight"], text.Words.Select(w => text.Original[w.Start..w.End]));
    }
}
