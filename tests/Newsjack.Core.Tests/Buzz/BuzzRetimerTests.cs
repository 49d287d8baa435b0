using Newsjack.Core.Buzz;

namespace Newsjack.Core.Tests.Buzz;

public sealed class BuzzRetimerTests
{
    [Fact]
    public void Shift_MovesCreatedAtAndKeepsEverythingElse()
    {
        var line = BuzzEvents.Valid(createdAt: "2024-02-04T01:48:00Z");

        var shifted = BuzzRetimer.Shift(line, TimeSpan.FromDays(1));

        var read = BuzzEventReader.Read(shifted);
        Assert.True(read.Ok, $"{read.Error}: {shifted}");
        var post = read.Post!;
        Assert.Equal(new DateTimeOffset(2024, 2, 5, 1, 48, 0, TimeSpan.Zero), post.CreatedAt);
        Assert.Equal(BuzzEventReader.Read(line).Post! with { CreatedAt = post.CreatedAt }, post);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"id":"1"}""")]
    [InlineData("""{"createdAt":"someday"}""")]
    [InlineData("""{"createdAt":"2024-01-01T00:00:00Z","createdAt":"2024-01-02T00:00:00Z"}""")]
    public void Shift_LineWithoutAReadableTime_PassesUnchanged(string line)
    {
        Assert.Equal(line, BuzzRetimer.Shift(line, TimeSpan.FromHours(5)));
    }

    [Fact]
    public void CreatedAt_KeepsTheOffset()
    {
        Assert.Equal(TimeSpan.FromHours(2), BuzzRetimer.CreatedAt(BuzzEvents.Valid(createdAt: "2026-11-23T10:00:00+02:00"))!.Value.Offset);
    }
}
