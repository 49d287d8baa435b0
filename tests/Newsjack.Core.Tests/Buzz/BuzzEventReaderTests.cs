using Newsjack.Core.Buzz;

namespace Newsjack.Core.Tests.Buzz;

public sealed class BuzzEventReaderTests
{
    private static readonly string[] RequiredFields = ["\"id\":\"1\"", "\"platform\":\"x\"", "\"text\":\"t\"", "\"createdAt\":\"2026-11-23T10:00:00Z\""];

    [Fact]
    public void Read_FullEvent_ReturnsEveryField()
    {
        var result = BuzzEventReader.Read(BuzzEvents.Valid());

        var post = Assert.IsType<BuzzPost>(result.Post);
        Assert.Equal("1001", post.Id);
        Assert.Equal("x", post.Platform);
        Assert.Equal("Lights out at the Super Bowl #blackout", post.Text);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 5, 0, TimeSpan.Zero), post.CreatedAt);
        Assert.Equal("@fan", post.Author);
        Assert.Equal(1200, post.AuthorFollowers);
        Assert.Equal((15L, 4L, 2L), (post.Likes!.Value, post.Shares!.Value, post.Replies!.Value));
        Assert.Equal("en", post.Lang);
        Assert.Equal("https://x.example/p/1001", post.Url);
    }

    [Fact]
    public void Read_OnlyRequiredFields_LeavesOptionalOnesNull()
    {
        var post = BuzzEventReader.Read(BuzzEvents.Minimal()).Post!;

        Assert.Equal(TimeSpan.FromHours(1), post.CreatedAt.Offset);
        Assert.Null(post.Likes);
        Assert.Null(post.Author);
    }

    [Fact]
    public void Read_UnknownFieldsAndNullOptionals_AreIgnored()
    {
        var body = """{"schemaVersion":2,"meta":{"tags":[1,{"a":null}]},"id":"9","platform":"reddit","text":"t","createdAt":"2026-11-23T10:00:00Z","likes":null,"author":null}""";

        var post = BuzzEventReader.Read(body).Post!;

        Assert.Equal("9", post.Id);
        Assert.Null(post.Likes);
    }

    [Fact]
    public void Read_PlatformInOtherCase_IsNormalisedToTheContractName()
    {
        var post = BuzzEventReader.Read(BuzzEvents.Valid(platform: "BlueSky")).Post!;

        Assert.Equal("bluesky", post.Platform);
    }

    [Fact]
    public void Read_TabsAndNewlinesInText_AreKept()
    {
        var post = BuzzEventReader.Read(BuzzEvents.Valid(text: @"line one\nline\ttwo\r\n")).Post!;

        Assert.Equal("line one\nline\ttwo\r\n", post.Text);
    }

    [Fact]
    public void Read_EscapedPropertyNames_AreMatched()
    {
        var body = """{"\u0069d":"5","platform":"x","text":"t","createdAt":"2026-11-23T10:00:00Z"}""";

        Assert.Equal("5", BuzzEventReader.Read(body).Post?.Id);
    }

    [Theory]
    [InlineData("not json at all", "not valid JSON")]
    [InlineData("{\"id\":\"1\",", "not valid JSON")]
    [InlineData("", "body is empty")]
    [InlineData("   \n ", "body is empty")]
    [InlineData("[1,2]", "body is a JSON array, expected an object")]
    [InlineData("\"text\"", "body is a JSON string, expected an object")]
    [InlineData("null", "body is a JSON null, expected an object")]
    [InlineData("""{"id":"1","platform":"x","text":"t","createdAt":"2026-11-23T10:00:00Z"} {"id":"2"}""", "not valid JSON")]
    [InlineData("""{"id":"1","platform":"x","text":"t","createdAt":"2026-11-23T10:00:00Z"}5""", "not valid JSON")]
    [InlineData("""{"id":"1","platform":"x","text":"t","createdAt":"2026-11-23T10:00:00Z"} tru""", "not valid JSON")]
    public void Read_BodyThatIsNotOneJsonObject_IsRejected(string body, string reason)
    {
        var result = BuzzEventReader.Read(body);

        Assert.False(result.Ok);
        Assert.StartsWith(reason, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\":\"1\",")]
    [InlineData("{\"id\":\"1\",\"platform\":\"x\",\"text\":\"cut off mid-str")]
    [InlineData("{\"meta\":{\"a\":[1,2")]
    [InlineData("  {")]
    public void Read_CutOffBody_SaysItEndsEarly(string body)
    {
        Assert.Equal("not valid JSON: body ends before the object is complete", BuzzEventReader.Read(body).Error);
    }

    [Theory]
    [InlineData("""{"platform":"x","text":"t","createdAt":"2026-11-23T10:00:00Z"}""", "missing required field 'id'")]
    [InlineData("""{"id":"1","platform":"x"}""", "missing required field 'text', 'createdAt'")]
    [InlineData("{}", "missing required field 'id', 'platform', 'text', 'createdAt'")]
    public void Read_MissingRequiredFields_NamesEachOne(string body, string reason)
    {
        Assert.Equal(reason, BuzzEventReader.Read(body).Error);
    }

    [Theory]
    [InlineData("\"id\":1001", "field 'id' must be a string, got number (numeric ids are refused")]
    [InlineData("\"id\":null", "field 'id' must be a string, got null")]
    [InlineData("\"id\":\"  \"", "field 'id' is empty")]
    [InlineData("\"text\":[\"a\"]", "field 'text' must be a string, got array")]
    [InlineData("\"text\":\"\"", "field 'text' is empty")]
    [InlineData("\"platform\":true", "field 'platform' must be a string, got boolean")]
    [InlineData("\"likes\":\"12\"", "field 'likes' must be a whole number, got string")]
    [InlineData("\"likes\":1.5", "field 'likes' must be a whole number, got 1.5")]
    [InlineData("\"shares\":99999999999999999999", "field 'shares' must be a whole number, got 99999999999999999999")]
    [InlineData("\"replies\":-3", "field 'replies' is negative (-3)")]
    [InlineData("\"authorFollowers\":{}", "field 'authorFollowers' must be a whole number, got object")]
    [InlineData("\"author\":42", "field 'author' must be a string, got number")]
    [InlineData("\"createdAt\":1732356000", "field 'createdAt' must be an ISO-8601 string, got number")]
    public void Read_FieldOfWrongTypeOrValue_NamesTheField(string field, string reason)
    {
        var body = Override(field);

        var result = BuzzEventReader.Read(body);

        Assert.False(result.Ok);
        Assert.StartsWith(reason, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-13-01T00:00:00Z")]
    [InlineData("2026-11-23T10:00:00")]
    [InlineData("23/11/2026 10:00")]
    public void Read_UnparseableOrOffsetlessTime_IsRejected(string time)
    {
        var result = BuzzEventReader.Read(Override($"\"createdAt\":\"{time}\""));

        Assert.Equal($"field 'createdAt' is not an ISO-8601 time with offset or Z: '{time}'", result.Error);
    }

    [Fact]
    public void Read_TimeWithEscapedPlusInTheOffset_IsAccepted()
    {
        var post = BuzzEventReader.Read(BuzzEvents.Valid(createdAt: @"2026-11-23T10:00:00\u002B02:00")).Post!;

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero), post.CreatedAt);
    }

    [Fact]
    public void Read_UnknownPlatform_ListsTheContractPlatforms()
    {
        var result = BuzzEventReader.Read(BuzzEvents.Valid(platform: "myspace"));

        Assert.Equal("unknown platform 'myspace' (expected one of x, bluesky, mastodon, reddit, tiktok, instagram, threads, youtube, other)", result.Error);
    }

    [Theory]
    [InlineData(@"a\u0000b", "U+0000 at position 1")]
    [InlineData(@"bell\u0007", "U+0007 at position 4")]
    [InlineData(@"\u001b[31mred", "U+001B at position 0")]
    public void Read_ControlCharacterInText_IsRejectedWithItsPosition(string text, string where)
    {
        var result = BuzzEventReader.Read(BuzzEvents.Valid(text: text));

        Assert.Equal($"field 'text' contains control character {where}", result.Error);
    }

    [Fact]
    public void Read_ControlCharacterInId_IsRejected()
    {
        Assert.StartsWith("field 'id' contains control character U+0000", BuzzEventReader.Read(BuzzEvents.Valid(id: @"1\u0000")).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LoneSurrogateEscape_IsRejected()
    {
        Assert.Equal(@"field 'text' holds an invalid \u escape (lone surrogate)", BuzzEventReader.Read(BuzzEvents.Valid(text: @"\ud800x")).Error);
    }

    [Fact]
    public void Read_TextOverTheCap_IsRejectedWithItsLength()
    {
        var result = BuzzEventReader.Read(BuzzEvents.Valid(text: new string('a', BuzzLimits.MaxTextChars + 1)));

        Assert.Equal("field 'text' is 20001 characters, over the 20000-character limit", result.Error);
    }

    [Fact]
    public void Read_TextAtTheCap_IsAccepted()
    {
        Assert.True(BuzzEventReader.Read(BuzzEvents.Valid(text: new string('a', BuzzLimits.MaxTextChars))).Ok);
    }

    [Fact]
    public void Read_BodyOverTheCap_IsRejectedBeforeParsing()
    {
        var body = BuzzEvents.Valid().Replace("\"lang\"", $"\"padding\":\"{new string(' ', BuzzLimits.MaxBodyBytes)}\",\"lang\"", StringComparison.Ordinal);

        Assert.StartsWith("body is ", BuzzEventReader.Read(body).Error, StringComparison.Ordinal);
        Assert.EndsWith("over the 65536-byte limit", BuzzEventReader.Read(body).Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("text")]
    [InlineData("likes")]
    public void Read_KnownFieldTwice_IsRejected(string field)
    {
        var body = BuzzEvents.Valid().Replace("{", $"{{\"{field}\":{(field == "likes" ? "1" : "\"dup\"")},", StringComparison.Ordinal);

        Assert.Equal($"duplicate field '{field}'", BuzzEventReader.Read(body).Error);
    }

    [Fact]
    public void Read_DeeplyNestedUnknownField_IsRejectedAsInvalidJson()
    {
        var body = BuzzEvents.Valid().Replace("{", "{\"deep\":" + new string('[', 40) + new string(']', 40) + ",", StringComparison.Ordinal);

        Assert.StartsWith("not valid JSON", BuzzEventReader.Read(body).Error, StringComparison.Ordinal);
    }

    private static string Override(string field)
    {
        var name = field[..field.IndexOf(':', StringComparison.Ordinal)];
        var fields = RequiredFields
            .Where(f => !f.StartsWith(name, StringComparison.Ordinal))
            .Append(field);
        return "{" + string.Join(",", fields) + "}";
    }
}
