using System.Text;
using Newsjack.Core.Buzz;
using Newsjack.Core.Topics.Trends;

namespace Newsjack.Core.Tests.Topics.Trends;

public sealed class SignificanceSketchTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);
    private static readonly TrendOptions Small = new() { WidthBits = 14 };

    [Fact]
    public void Burst_after_a_steady_baseline_is_significant_and_steady_terms_are_not()
    {
        var detector = Feed(new TrendDetector(new SignificanceSketch(Small)), hours: 12, perHour: 5, "traffic jam downtown again");
        for (var i = 0; i < 40; i++)
        {
            detector.Add("#Bendgate phones bending in pockets", Start.AddHours(12).AddMinutes(i));
        }

        for (var i = 0; i < 5; i++)
        {
            detector.Add("traffic jam downtown again", Start.AddHours(12).AddMinutes(i));
        }

        var burst = detector.Hashtag("bendgate");
        Assert.True(burst.Significance > 8, $"burst {burst.Significance}");
        Assert.Equal(40, burst.Count);
        Assert.True(detector.Pair("phone", "bending").Significance > 8);
        var steady = detector.Term("traffic");
        Assert.True(Math.Abs(steady.Significance) < 1, $"steady {steady.Significance}");
        Assert.True(steady.HasBaseline);
        Assert.InRange(steady.Mean, 4, 5.01);
    }

    [Fact]
    public void No_significance_before_the_warm_up_windows()
    {
        var detector = Feed(new TrendDetector(new SignificanceSketch(Small)), hours: 2, perHour: 1, "quiet news");
        for (var i = 0; i < 50; i++)
        {
            detector.Add("#Bendgate phones bending", Start.AddHours(2).AddMinutes(i));
        }

        var cold = detector.Hashtag("bendgate");
        Assert.Equal(0, cold.Significance);
        Assert.False(cold.HasBaseline);
        Assert.Equal(50, cold.Count);
    }

    [Fact]
    public void Memory_stays_fixed_whatever_the_vocabulary()
    {
        var detector = new TrendDetector(new SignificanceSketch(Small));
        var before = SignificanceSketchSerializer.ToBytes(detector.Sketch).Length;

        for (var i = 0; i < 50_000; i++)
        {
            detector.Add($"word{i} other{i * 7} #tag{i}", Start.AddSeconds(i));
        }

        Assert.Equal(before, SignificanceSketchSerializer.ToBytes(detector.Sketch).Length);
    }

    [Fact]
    public void Restored_sketch_answers_like_the_original()
    {
        var detector = Feed(new TrendDetector(new SignificanceSketch(Small)), hours: 6, perHour: 3, "storm surge warning for the coast");
        detector.Add("storm surge floods the coast", Start.AddHours(6));

        var restored = new TrendDetector(SignificanceSketchSerializer.FromBytes(SignificanceSketchSerializer.ToBytes(detector.Sketch)));

        Assert.Equal(detector.Term("surge"), restored.Term("surge"));
        Assert.Equal(detector.Sketch.WindowsObserved, restored.Sketch.WindowsObserved);
        Assert.Equal(detector.Sketch.Options.WidthBits, restored.Sketch.Options.WidthBits);
    }

    [Fact]
    public void Partitions_merged_equal_one_sketch_fed_everything()
    {
        var all = new TrendDetector(new SignificanceSketch(Small));
        var left = new TrendDetector(new SignificanceSketch(Small));
        var right = new TrendDetector(new SignificanceSketch(Small));
        for (var hour = 0; hour < 6; hour++)
        {
            for (var i = 0; i < 4 + hour; i++)
            {
                var text = i % 3 == 0 ? "oscars red carpet hair" : "weather report rain";
                var time = Start.AddHours(hour).AddMinutes(i);
                all.Add(text, time);
                (i % 2 == 0 ? left : right).Add(text, time);
            }
        }

        left.Sketch.Merge(right.Sketch);

        Assert.Equal(all.Term("carpet").Count, left.Term("carpet").Count);
        Assert.Equal(all.Term("carpet").Mean, left.Term("carpet").Mean, 3);
        Assert.Equal(all.Term("rain").Count, left.Term("rain").Count);
    }

    [Fact]
    public void Sketches_of_different_windows_refuse_to_merge()
    {
        var left = new SignificanceSketch(Small, windowIndex: 10);
        var right = new SignificanceSketch(Small, windowIndex: 11);

        Assert.Throws<InvalidOperationException>(() => left.Merge(right));
    }

    [Fact]
    public void Event_reader_takes_text_time_and_language_from_the_event_body()
    {
        var json = Encoding.UTF8.GetBytes("""{"id":"1","platform":"x","text":"Caf\u00e9 \"news\" #Oscars","likes":3,"createdAt":"2026-11-20T10:00:00Z","lang":"es"}""");
        var buffer = new char[256];

        Assert.True(BuzzEventReader.TryRead(json, buffer, out var length, out var createdAt, out var language));
        Assert.Equal("Café \"news\" #Oscars", new string(buffer, 0, length));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero), createdAt);
        Assert.Equal(Newsjack.Core.Text.TextLanguage.Spanish, language);
        Assert.False(BuzzEventReader.TryRead("""{"text":"no time"}"""u8, buffer, out _, out _, out _));
        Assert.False(BuzzEventReader.TryRead("""not json"""u8, buffer, out _, out _, out _));
        Assert.False(BuzzEventReader.TryRead("""{"text":5,"createdAt":"2026-11-20T10:00:00Z"}"""u8, buffer, out _, out _, out _));
        Assert.True(BuzzEventReader.TryRead("""{"\u0074ext":"escaped name","createdAt":"2026-11-20T10:00:00Z"}"""u8, buffer, out length, out _, out _));
        Assert.Equal("escaped name", new string(buffer, 0, length));
    }

    private static TrendDetector Feed(TrendDetector detector, int hours, int perHour, string text)
    {
        for (var hour = 0; hour < hours; hour++)
        {
            for (var i = 0; i < perHour; i++)
            {
                detector.Add(text, Start.AddHours(hour).AddMinutes(i * 7));
            }
        }

        return detector;
    }
}
