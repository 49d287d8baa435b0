using System.CommandLine;
using Newsjack.Cli.Configuration;
using Newsjack.Cli.LocalHost;

namespace Newsjack.Cli.Commands;

/// <summary>`newsjack serve`: the local stand-in for the Functions host (timers, queues, HTTP) until Ctrl+C.</summary>
internal sealed class ServeCommand : ICliCommand
{
    private readonly Option<string?> _settings = CliOptions.Settings();
    private readonly Option<string?> _urls = CliOptions.Optional("--urls", "URL", $"where to listen (default {LocalHostSettings.DefaultUrls})");

    public string Name => "serve";

    public string Usage => "serve [--settings FILE] [--urls URL]   run timers, queue handlers and /api endpoints locally";

    public IReadOnlyList<Symbol> Symbols => [_settings, _urls];

    public async Task<int> RunAsync(ParseResult parse, CliConsole console, CancellationToken cancellationToken)
    {
        var settingsFile = parse.GetValue(_settings);
        var urls = parse.GetValue(_urls) ?? LocalHostSettings.DefaultUrls;
        var settings = new LocalHostSettings
        {
            Urls = urls,
            FileSettings = settingsFile is null ? new Dictionary<string, string?>() : LocalSettingsFile.Load(settingsFile),
        };

        await using var app = LocalHostApp.Create(settings);
        // A bad setting or a port in use surfaces here; CliApp reports it as one line (StartupFailure), exit 2.
        await app.StartAsync(cancellationToken);

        await console.Error.WriteLineAsync($"newsjack serve: listening on {string.Join(", ", app.Urls)}; Ctrl+C stops.");
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
