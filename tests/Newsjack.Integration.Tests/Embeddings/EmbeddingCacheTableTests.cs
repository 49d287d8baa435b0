using Microsoft.Extensions.Time.Testing;
using Newsjack.Azure.Embeddings;
using Newsjack.Azure.Storage;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.Embeddings;

/// <summary>The pipeline's embedding cache in table storage (Azurite): a text is embedded once, across restarts.</summary>
public sealed class EmbeddingCacheTableTests(AzuriteFixture azurite, LocalModelFixture model)
{
    [Fact]
    public async Task A_restarted_instance_embeds_only_texts_it_has_never_seen_and_reads_the_same_vectors()
    {
        var options = azurite.NewStorageOptions();
        var ct = TestContext.Current.CancellationToken;
        var counting = new CountingGenerator(model.Generator);
        var first = EmbeddingsRegistration.Cached(counting, NewCache(options));
        var before = await first.GenerateAsync(["Storm closes the coast road", "Bakery wins a national award"], cancellationToken: ct);

        var restarted = EmbeddingsRegistration.Cached(counting, NewCache(options));
        var after = await restarted.GenerateAsync(["Bakery wins a national award", "Storm closes the coast road", "Harbour festival returns"], cancellationToken: ct);

        Assert.Equal([["Storm closes the coast road", "Bakery wins a national award"], ["Harbour festival returns"]], counting.Batches);
        Assert.Equal(before[0].Vector.ToArray(), after[1].Vector.ToArray());
        Assert.Equal(before[1].Vector.ToArray(), after[0].Vector.ToArray());
        Assert.Equal(384, after[2].Vector.Length);
    }

    private static EmbeddingCacheTable NewCache(StorageOptions options) =>
        new(StorageClients.Tables(options), new StorageNames(options.Prefix), new FakeTimeProvider());
}
