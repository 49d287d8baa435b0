using Newsjack.Core.Scoring.Analysis;

namespace Newsjack.Core.Tests.Scoring.Analysis;

public sealed class TextRecordsTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(1000, 1)]
    [InlineData(1001, 2)]
    [InlineData(2500, 3)]
    [InlineData(5120, 6)]
    public void Count_IsOnePerStartedThousandCharacters(int characters, int records) =>
        Assert.Equal(records, TextRecords.Count(new string('x', characters)));

    [Fact]
    public void Count_CountsEmojiAsOneCharacter() =>
        Assert.Equal(1, TextRecords.Count(string.Concat(Enumerable.Repeat("\U0001F600", 1000))));
}
