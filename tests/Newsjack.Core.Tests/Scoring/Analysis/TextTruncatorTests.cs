using System.Globalization;
using Newsjack.Core.Scoring.Analysis;

namespace Newsjack.Core.Tests.Scoring.Analysis;

public sealed class TextTruncatorTests
{
    [Fact]
    public void Truncate_ShortText_Unchanged()
    {
        var result = TextTruncator.Truncate("Pantene at the Oscars", 5120);

        Assert.Equal(new TruncatedText("Pantene at the Oscars", false), result);
    }

    [Fact]
    public void Truncate_LongText_CutsOnWordBoundaryAndRecordsIt()
    {
        var result = TextTruncator.Truncate("You can still dunk in the dark", 20);

        Assert.True(result.Truncated);
        Assert.Equal("You can still dunk", result.Text);
    }

    [Fact]
    public void Truncate_NoSpaceNearTheCut_HardCutAtLimit()
    {
        var result = TextTruncator.Truncate(new string('a', 30), 20);

        Assert.Equal(new string('a', 20), result.Text);
    }

    [Fact]
    public void Truncate_CountsTextElementsNotCodeUnits_NeverSplitsAnEmoji()
    {
        // Each flag is 4 UTF-16 code units but one text element, as the service counts it.
        var flags = string.Concat(Enumerable.Repeat("\U0001F1EB\U0001F1F7", 10));

        var result = TextTruncator.Truncate(flags, 6);

        Assert.Equal(6, new StringInfo(result.Text).LengthInTextElements);
        Assert.Equal(24, result.Text.Length);
    }

    [Fact]
    public void Truncate_ServiceLimit_LongArticleFitsIn5120Elements()
    {
        var article = string.Join(' ', Enumerable.Repeat("hurricane", 1000));

        var result = TextTruncator.Truncate(article, 5120);

        Assert.True(result.Truncated);
        Assert.InRange(new StringInfo(result.Text).LengthInTextElements, 5110, 5120);
        Assert.EndsWith("hurricane", result.Text, StringComparison.Ordinal);
    }
}
