using Newsjack.Core.Scoring.Relevance;

namespace Newsjack.Integration.Tests.Embeddings;

/// <summary>The shipped model really reads meaning: paraphrases sit closer than sentences that share only words.</summary>
public sealed class LocalEmbeddingGeneratorTests(LocalModelFixture model)
{
    public static TheoryData<string, string, string> Paraphrases => new()
    {
        { "Gunman kills five at a supermarket in Buffalo", "Five shot dead by attacker at Buffalo grocery store", "Buffalo Bills kill it with five touchdowns at home" },
        { "Hurricane makes landfall in Florida as a Category 4 storm", "Storm slams into the Florida coast with 150 mph winds", "Florida startup takes the market by storm" },
        { "Singer dies at 45 after long illness, family says", "Family announces the passing of the 45-year-old singer", "Singer's new album is dying to be heard" },
        { "Airline suspends flights after deadly crash", "Carrier grounds planes following fatal accident", "Airline's new menu is a crash course in flavour" },
        { "Python found curled up in a family's toilet", "Snake discovered in a bathroom at a family home", "Python release adds a faster interpreter for developers" },
        { "Schools close as flu and colds spread", "Winter illnesses keep children home from class", "Ice cream sales stay cold as the summer cools" },
    };

    [Theory]
    [MemberData(nameof(Paraphrases))]
    public async Task A_paraphrase_is_closer_than_a_sentence_sharing_the_words(string anchor, string paraphrase, string decoy)
    {
        var v = await model.EmbedAsync(anchor, paraphrase, decoy);

        var toParaphrase = SemanticRelevance.Cosine(v[0], v[1]);
        var toDecoy = SemanticRelevance.Cosine(v[0], v[2]);
        Assert.True(toParaphrase > toDecoy + 0.1, $"paraphrase {toParaphrase:0.000} vs decoy {toDecoy:0.000}");
    }

    [Fact]
    public async Task Vectors_are_unit_length_384_dimensions_and_do_not_depend_on_the_batch()
    {
        var alone = await model.EmbedAsync("Storm knocks out power across the coast");
        var batch = await model.EmbedAsync("A much longer sentence about a new flavour of crisps launched this week by a snack maker", "Storm knocks out power across the coast", "Hi");

        Assert.Equal(3, batch.Length);
        Assert.Equal(384, alone[0].Length);
        Assert.InRange(Math.Sqrt(alone[0].Sum(x => (double)x * x)), 0.999, 1.001);
        Assert.InRange(SemanticRelevance.Cosine(alone[0], batch[1]), 0.999, 1.0);
        Assert.True(SemanticRelevance.Cosine(batch[0], batch[1]) < 0.5);
    }

    [Fact]
    public async Task Text_longer_than_the_model_reads_is_cut_not_refused()
    {
        var vectors = await model.EmbedAsync(string.Join(' ', Enumerable.Repeat("the harbour festival returns with boats and music", 200)), "");

        Assert.All(vectors, v => Assert.Equal(384, v.Length));
        Assert.All(vectors[0], x => Assert.False(float.IsNaN(x)));
    }
}
