using Newsjack.Azure.Buzz;
using Newsjack.Azure.Hosting;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.Buzz;

public sealed class BuzzRegistrationTests(AzuriteFixture azurite)
{
    [Fact]
    public void AddNewsjackAzure_RegistersTheBuzzHandlerReaderAndCleanupJob()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = azurite.ConnectionString, ["Storage:Prefix"] = "reg" })
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddNewsjackCore().AddNewsjackAzure(configuration);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        Assert.Same(provider.GetRequiredService<BuzzIngestHandler>(), provider.GetRequiredService<BuzzIngestHandler>());
        Assert.NotNull(provider.GetRequiredService<BuzzStoreReader>());
        Assert.NotNull(provider.GetRequiredService<BuzzRetentionJob>());
        Assert.Equal(typeof(BuzzRetentionJob), PipelineJobs.Named("CleanupBuzz").Handler);
    }
}
