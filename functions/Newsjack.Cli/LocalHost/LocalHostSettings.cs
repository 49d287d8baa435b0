
namespace Newsjack.Cli.LocalHost;

/// <summary>How to start the local host: where to listen and which settings apply, weakest first.</summary>
public sealed record LocalHostSettings
{
    public const string DefaultUrls = "http://127.0.0.1:7071";

    public string Urls { get; init; } = DefaultUrls;

    /// <summary>From a local.settings.json-style file; environment variables override them, as with `func start`.</summary>
    public IReadOnlyDictionary<string, string?> FileSettings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Set by the caller (demo, tests); they override everything.</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();

    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Information;
}
