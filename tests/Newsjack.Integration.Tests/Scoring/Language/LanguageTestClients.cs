using Newsjack.Azure.Scoring.Language;

namespace Newsjack.Integration.Tests.Scoring.Language;

/// <summary>Options and clients pointed at a <see cref="FakeLanguageService"/>, with a short retry delay.</summary>
internal static class LanguageTestClients
{
    public static LanguageOptions Options(FakeLanguageService service, Action<LanguageOptions>? configure = null)
    {
        var options = new LanguageOptions { Enabled = true, Endpoint = service.Endpoint, Key = FakeLanguageService.Key, MaxRetries = 3 };
        configure?.Invoke(options);
        return options;
    }

    public static LanguageClient Client(LanguageOptions options)
    {
        var clientOptions = LanguageClientOptions.From(options);
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(20);
        return new LanguageClient(options, clientOptions);
    }

    public static LanguageClient Client(FakeLanguageService service, Action<LanguageOptions>? configure = null) =>
        Client(Options(service, configure));
}
