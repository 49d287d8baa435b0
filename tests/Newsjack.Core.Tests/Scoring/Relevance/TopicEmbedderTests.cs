using Newsjack.Core.Brands;
using Newsjack.Core.Scoring.Relevance;
using Newsjack.Core.Tests.Brands;
using Newsjack.Core.Tests.Scoring.Decisions;

namespace Newsjack.Core.Tests.Scoring.Relevance;

public sealed class TopicEmbedderTests
{
    private static readonly BrandProfile Snack = BrandJson.Fixture("snapwell-snacks");

    [Fact]
    public async Task Brand_and_every_topic_are_embedded_in_one_batch_and_compared_to_the_brand()
    {
        var snacks = Subjects.Make("Game day snacks", ["Fans stock up on chips and dips before the big game", "Dip sales double"]);
        var chess = Subjects.Make("Chess championship", ["Norwegian grandmaster retains the world chess title"]);
        var generator = new FixedEmbeddingGenerator(t => t.StartsWith(Snack.Name, StringComparison.Ordinal) ? [1, 0]
            : t.StartsWith("Game day", StringComparison.Ordinal) ? [0.8f, 0.6f] : [0, 1]);

        var similarities = await new TopicEmbedder(generator).SimilaritiesAsync(Snack, [snacks, chess], TestContext.Current.CancellationToken);

        var batch = Assert.Single(generator.Batches);
        Assert.Equal(3, batch.Count);
        Assert.Contains(Snack.Topics[0].Phrase, batch[0], StringComparison.Ordinal);
        // A topic reads as its label (mostly its lead title, which story grouping embedded already: a cache hit).
        Assert.Equal("Game day snacks", batch[1]);
        Assert.Equal("Chess championship", batch[2]);
        Assert.Equal(0.8, similarities[snacks.Id], 3);
        Assert.Equal(0, similarities[chess.Id], 3);
    }

    [Fact]
    public async Task Long_topic_texts_are_cut_to_the_cap()
    {
        var wordy = Subjects.Make(string.Join(' ', Enumerable.Repeat("wordy", 400)), ["a title"]);
        var generator = new FixedEmbeddingGenerator(_ => [1, 1]);

        await new TopicEmbedder(generator).SimilaritiesAsync(Snack, [wordy], TestContext.Current.CancellationToken);

        Assert.Equal(TopicEmbedder.MaxCharacters, generator.Batches[0][1].Length);
    }
}
