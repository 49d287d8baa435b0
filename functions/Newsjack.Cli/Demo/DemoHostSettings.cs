using System.Globalization;
using System.Security.Cryptography;
using Newsjack.Azure.Scoring;
using Newsjack.Cli.LocalHost;

namespace Newsjack.Cli.Demo;

/// <summary>
/// The demo's local host settings: its own Azurite, feeds file and brands folder, schedules short enough to watch,
/// a fresh link-signing key per run, card links pointing at the host itself, and every brand's Teams webhook at
/// the host's local inbox (`/dev/teams/{brand id}`).
/// </summary>
public static class DemoHostSettings
{
    /// <summary>The demo's approver: listed in every sample brand's <c>approvers</c>.</summary>
    public const string DevIdentity = "demo@newsjack.example";

    public static LocalHostSettings For(string storageConnectionString, string feedsFile, string brandsFolder, int port) => new()
    {
        Overrides = Base(storageConnectionString, feedsFile, brandsFolder, port)
            .Concat(InboxWebhooks(brandsFolder, port))
            .ToDictionary(p => p.Key, p => p.Value),
        Urls = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"),
        MinimumLogLevel = LogLevel.Warning,
    };

    /// <summary>Every sample brand's Teams webhook setting pointed at its own channel of the host's local inbox.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> InboxWebhooks(string brandsFolder, int port) =>
        BrandFolder.Load(brandsFolder).Brands.Select(b => new KeyValuePair<string, string?>(
            b.TeamsWebhookSetting, string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/dev/teams/{b.Id}")));

    private static Dictionary<string, string?> Base(string storageConnectionString, string feedsFile, string brandsFolder, int port) => new()
    {
        ["Storage:ConnectionString"] = storageConnectionString,
        ["Storage:Prefix"] = "demo",
        ["News:FeedsFile"] = feedsFile,
        ["Scoring:BrandsFolder"] = brandsFolder,
        ["NEWS_POLL_SCHEDULE"] = "*/2 * * * * *",
        ["CardLinks:BaseUrl"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"),
        ["CardLinks:CurrentKeyId"] = "demo",
        ["CardLinks:CurrentKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),

        // Who decides on the demo's cards: one local identity on every sample brand's approvers.
        ["Approvals:Identity"] = "Dev",
        ["Approvals:DevIdentity"] = DevIdentity,

        // A 1.5 MB trend sketch instead of 12 MB: the samples hold a few hundred texts.
        ["Topics:TrendWidthBits"] = "16",
        ["LocalHost:QueueVisibilityTimeout"] = "00:00:01",
        ["LocalHost:MaxPollingInterval"] = "00:00:00.500",
    };
}
