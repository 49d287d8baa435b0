using Newsjack.Core.Text;

namespace Newsjack.Core.Tests.Text;

public sealed class TermFolderTests
{
    [Theory]
    [InlineData("Storm", "storm")]
    [InlineData("CAFÉ", "cafe")]
    [InlineData("Zoë's", "zoe")]
    [InlineData("DON'T", "dont")]
    [InlineData("naı\u0308ve", "naıve")]
    [InlineData("Ex-CEO", "ex-ceo")]
    public void Folded_word_and_its_hash_match_the_hash_of_the_folded_text(string word, string expected)
    {
        var buffer = new char[TermFolder.MaxLength];

        var length = TermFolder.FoldCase(word, buffer, out var hash);

        Assert.Equal(expected, new string(buffer, 0, length));
        Assert.Equal(StableHash.Of(expected), hash);
    }

    [Fact]
    public void Stop_words_are_dropped_in_their_language_and_english_ones_everywhere()
    {
        var buffer = new char[TermFolder.MaxLength];

        Assert.Equal(0, TermFolder.Fold("Und", buffer, TextLanguage.German));
        Assert.Equal(0, TermFolder.Fold("The", buffer, TextLanguage.German));
        Assert.Equal(0, TermFolder.Fold("the", buffer, TextLanguage.Other));
        Assert.Equal(3, TermFolder.Fold("und", buffer, TextLanguage.English));
        Assert.Equal(5, TermFolder.Fold("Sturm", buffer, TextLanguage.German));
    }
}
