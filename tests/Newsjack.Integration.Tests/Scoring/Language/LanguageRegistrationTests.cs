using Microsoft.Extensions.Options;
using Newsjack.Azure.Scoring.Language;
using Newsjack.Core.Scoring.Analysis;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.Scoring.Language;

public sealed class LanguageRegistrationTests(AzuriteFixture azurite)
{
    [Fact]
    public void NotEnabled_NothingRegistered_LocalAnalyzerStays()
    {
        var services = new ServiceCollection().AddNewsjackAzure(Configuration(("Language:Endpoint", "https://x.cognitiveservices.azure.com")));

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(ITextAnalyzer) || d.ServiceType == typeof(LanguageClient));
    }

    [Fact]
    public void NotEnabled_TheLocalAnalyzerIsTheDefault()
    {
        var configuration = Configuration(("Language:Endpoint", "https://x.cognitiveservices.azure.com"));
        var services = new ServiceCollection().AddSingleton(configuration).AddLogging().AddNewsjackCore().AddNewsjackAzure(configuration);
        using var provider = services.BuildServiceProvider();

        Assert.IsType<LocalTextAnalyzer>(provider.GetRequiredService<ITextAnalyzer>());
    }

    [Fact]
    public void Enabled_ReplacesTheAnalyzerWithTheCachedAzureOne()
    {
        var configuration = Configuration(("Language:Enabled", "true"), ("Language:Endpoint", "https://x.cognitiveservices.azure.com"), ("Language:Key", "k"));
        var services = new ServiceCollection().AddSingleton(configuration).AddLogging().AddNewsjackCore().AddNewsjackAzure(configuration);
        using var provider = services.BuildServiceProvider();

        Assert.IsType<LanguageTextAnalyzer>(provider.GetRequiredService<ITextAnalyzer>());
    }

    [Theory]
    [InlineData(null, "k", "Language:Endpoint must be an https URI")]
    [InlineData("http://x.cognitiveservices.azure.com", "k", "Language:Endpoint must be an https URI")]
    [InlineData("http://127.0.0.1:5000", null, "needs Language:Key")]
    public void Enabled_BadEndpoint_ValidationNamesTheSetting(string? endpoint, string? key, string message)
    {
        var configuration = Configuration(("Language:Enabled", "true"), ("Language:Endpoint", endpoint), ("Language:Key", key));
        var services = new ServiceCollection().AddSingleton(configuration).AddNewsjackAzure(configuration);
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LanguageOptions>>().Value);

        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    private IConfiguration Configuration(params (string Key, string? Value)[] language)
    {
        var storage = azurite.NewStorageOptions();
        return new ConfigurationBuilder().AddInMemoryCollection(
            [new("Storage:ConnectionString", storage.ConnectionString), new("Storage:Prefix", storage.Prefix),
             .. language.Select(l => new KeyValuePair<string, string?>(l.Key, l.Value))]).Build();
    }
}
