using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Newsjack.Core.Buzz;
using Newsjack.Core.Serialization;
using Newsjack.Bench;
using Newsjack.Core.Topics.Trends;

namespace Newsjack.Benchmarks.Topics.Trends;

/// <summary>
/// Trend update per post (target ≥ 250,000 posts/s on one thread, 0 B allocated per post) against plain
/// System.Text.Json deserialization of the same one-to-two-sentence events (target ratio ≥ 0.5).
/// </summary>
[MemoryDiagnoser]
public class TrendUpdateBenchmarks
{
    private const int Posts = 10_000;
    private readonly char[] _buffer = new char[4096];
    private IReadOnlyList<byte[]> _events = [];
    private char[][] _texts = [];
    private DateTimeOffset[] _times = [];
    private TrendDetector _detector = null!;

    [GlobalSetup]
    public void Setup()
    {
        _events = SyntheticPosts.Events(Posts);
        _texts = new char[Posts][];
        _times = new DateTimeOffset[Posts];
        for (var i = 0; i < Posts; i++)
        {
            BuzzEventReader.TryRead(_events[i], _buffer, out var length, out _times[i], out _);
            _texts[i] = _buffer[..length];
        }

        _detector = new TrendDetector(new SignificanceSketch());
    }

    [Benchmark(OperationsPerInvoke = Posts, Baseline = true)]
    public int Deserialize()
    {
        var total = 0;
        foreach (var body in _events)
        {
            total += JsonSerializer.Deserialize(body, NewsjackJsonContext.Default.BuzzPost)!.Text.Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Posts)]
    public void TrendPathFromEventBody()
    {
        foreach (var body in _events)
        {
            if (BuzzEventReader.TryRead(body, _buffer, out var length, out var createdAt, out var language))
            {
                _detector.Add(_buffer.AsSpan(0, length), createdAt, language);
            }
        }
    }

    [Benchmark(OperationsPerInvoke = Posts)]
    public void TrendUpdateFromText()
    {
        for (var i = 0; i < _texts.Length; i++)
        {
            _detector.Add(_texts[i], _times[i]);
        }
    }
}
