using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using Newsjack.Azure.Embeddings;
using Newsjack.Benchmarks.Topics;

namespace Newsjack.Benchmarks.Embeddings;

/// <summary>
/// The local model's cost per text, uncached, the model loaded once before timing: 250 headlines (what story
/// grouping embeds per 250 items) and 250 summaries (what the risk reader adds). `newsjack score` on 1,000 items
/// embeds ~1,000 headlines and ~650 summary sentences; docs/design/embeddings.md has the whole-run figures.
/// </summary>
[MemoryDiagnoser]
public class LocalEmbeddingBenchmarks
{
    private LocalEmbeddingGenerator _generator = null!;
    private string[] _headlines = [];
    private string[] _summaries = [];

    [GlobalSetup]
    public void Setup()
    {
        _generator = new LocalEmbeddingGenerator(Options.Create(new EmbeddingsOptions()));
        var items = SyntheticNews.Items(250);
        _headlines = [.. items.Select(i => i.Title)];
        _summaries = [.. items.Select(i => i.Summary ?? i.Title)];
        _ = _generator.GenerateAsync(["warm up"]).GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<int> Embed250Headlines() => (await _generator.GenerateAsync(_headlines)).Count;

    [Benchmark]
    public async Task<int> Embed250Summaries() => (await _generator.GenerateAsync(_summaries)).Count;
}
