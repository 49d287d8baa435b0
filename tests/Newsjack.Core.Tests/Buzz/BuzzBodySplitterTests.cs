using System.Text;
using Newsjack.Core.Buzz;

namespace Newsjack.Core.Tests.Buzz;

public sealed class BuzzBodySplitterTests
{
    [Fact]
    public void Split_Ndjson_GivesOneEventPerNonBlankLineWithItsNumber()
    {
        var body = $"{BuzzEvents.Minimal("1")}\r\n\n  \n{BuzzEvents.Minimal("2")}\nnot json\n";

        var split = BuzzBodySplitter.Split(Encoding.UTF8.GetBytes(body), "application/x-ndjson");

        Assert.Equal([1, 4, 5], split.Events.Select(e => e.Line));
        Assert.Equal(BuzzEvents.Minimal("1"), split.Events[0].Body);
        Assert.Equal("not json", split.Events[2].Body);
        Assert.Empty(split.Errors);
    }

    [Fact]
    public void Split_JsonArray_GivesOneEventPerElementWithTheLineItStartsOn()
    {
        var body = $"[\n  {BuzzEvents.Minimal("1")},\n  42,\n\n  {BuzzEvents.Minimal("2")}\n]";

        var split = BuzzBodySplitter.Split(Encoding.UTF8.GetBytes(body), "application/json; charset=utf-8");

        Assert.Equal([2, 3, 5], split.Events.Select(e => e.Line));
        Assert.Equal(["{", "4", "{"], split.Events.Select(e => e.Body[..1]));
        Assert.True(BuzzEventReader.Read(split.Events[2].Body).Ok);
    }

    [Fact]
    public void Split_BrokenArray_KeepsTheElementsBeforeTheBreakAndReportsIt()
    {
        var body = $"[{BuzzEvents.Minimal("1")},\n{{\"id\": ]";

        var split = BuzzBodySplitter.Split(Encoding.UTF8.GetBytes(body), null);

        Assert.Single(split.Events);
        var error = Assert.Single(split.Errors);
        Assert.Equal(2, error.Line);
        Assert.StartsWith("malformed JSON array", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_SingleObjectAsJson_IsOneEvent()
    {
        var split = BuzzBodySplitter.Split(Encoding.UTF8.GetBytes("\uFEFF" + BuzzEvents.Minimal()), "application/json");

        Assert.Equal(BuzzEvents.Minimal(), Assert.Single(split.Events).Body);
    }

    [Theory]
    [InlineData("application/x-ndjson")]
    [InlineData("application/json")]
    public void Split_StopsAfterTheEventCap_SoABodyOfTinyLinesCostsLittle(string contentType)
    {
        var events = Enumerable.Repeat("1", BuzzLimits.MaxEventsPerRequest + 5);
        var body = contentType.Contains("ndjson", StringComparison.Ordinal) ? string.Join('\n', events) : $"[{string.Join(',', events)}]";

        var split = BuzzBodySplitter.Split(Encoding.UTF8.GetBytes(body), contentType);

        Assert.True(split.TooManyEvents);
        Assert.Equal(BuzzLimits.MaxEventsPerRequest, split.Events.Count);
    }

    [Fact]
    public void Split_AtTheEventCap_IsNotTooMany()
    {
        var body = string.Join('\n', Enumerable.Repeat(BuzzEvents.Minimal(), BuzzLimits.MaxEventsPerRequest));

        Assert.False(BuzzBodySplitter.Split(Encoding.UTF8.GetBytes(body), "application/x-ndjson").TooManyEvents);
    }

    [Fact]
    public void Split_InvalidUtf8_NamesTheByte_AndLeavesTheOtherLinesAlone()
    {
        var good = Encoding.UTF8.GetBytes(BuzzEvents.Minimal("1") + "\n");
        var latin1 = Encoding.Latin1.GetBytes("{\"id\":\"caf\u00e9\"}");

        var split = BuzzBodySplitter.Split([.. good, .. latin1], "application/x-ndjson");

        Assert.Null(split.Events[0].EncodingError);
        Assert.Equal("not valid UTF-8: byte 11 of the event (0xE9); send UTF-8 text", split.Events[1].EncodingError);
        Assert.Contains('\uFFFD', split.Events[1].Body);
    }
}
