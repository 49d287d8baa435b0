using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Newsjack.Azure.Scoring.Language;
using Newsjack.Azure.Storage;
using Newsjack.Integration.Tests.Infrastructure;

namespace Newsjack.Integration.Tests.Scoring.Language;

/// <summary>A <see cref="LanguageTextAnalyzer"/> on one Azurite prefix and one fake service; New() is a fresh instance (a restart).</summary>
internal sealed class LanguageAnalyzerSetup(FakeLanguageService service, AzuriteFixture azurite, Action<LanguageOptions>? configure = null)
{
    private readonly StorageOptions _storage = azurite.NewStorageOptions();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    public LanguageOptions Options { get; } = LanguageTestClients.Options(service, configure);

    public LanguageTextAnalyzer New()
    {
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        var cache = new LanguageResultCache(StorageClients.Tables(_storage), new StorageNames(_storage.Prefix), Time);
        return new LanguageTextAnalyzer(
            LanguageTestClients.Client(Options), cache, new TextRecordBudget(options, Time), options, Time, NullLogger<LanguageTextAnalyzer>.Instance);
    }
}
