using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsjack.Cli.Demo;

/// <summary>
/// An Azurite started for this process alone: its own data folder, ports picked by the OS (read back from
/// its "successfully listening at" lines), and killed, with its folder deleted, on dispose or process exit.
/// </summary>
public sealed partial class AzuriteProcess : IAsyncDisposable
{
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly string _location;
    private readonly Dictionary<string, int> _ports = new(StringComparer.Ordinal);

    private AzuriteProcess(Process process, string location)
    {
        _process = process;
        _location = location;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    /// <summary>Well-known development account: a public, documented value, not a secret.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevAccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{_ports["Blob"]}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{_ports["Queue"]}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{_ports["Table"]}/devstoreaccount1;";

    public static async Task<AzuriteProcess> StartAsync(string executable, CancellationToken cancellationToken)
    {
        if (!File.Exists(executable))
        {
            throw new CliUsageException($"Azurite not found at {executable}; run 'npm ci' in the repository (./newsjack demo does it for you)");
        }

        var location = Directory.CreateTempSubdirectory("newsjack-azurite-").FullName;
        var psi = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--location", location, "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--loose",
            "--blobHost", "127.0.0.1", "--blobPort", "0", "--queueHost", "127.0.0.1", "--queuePort", "0", "--tableHost", "127.0.0.1", "--tablePort", "0" })
        {
            psi.ArgumentList.Add(arg);
        }

        var azurite = new AzuriteProcess(Process.Start(psi) ?? throw new InvalidOperationException($"could not start {executable}"), location);
        try
        {
            await azurite.WaitUntilListeningAsync(cancellationToken);
            return azurite;
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        Stop();
        await _process.WaitForExitAsync(CancellationToken.None);
        _process.Dispose();
        TryDeleteLocation();
    }

    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        while (_ports.Count < 3)
        {
            var line = await _process.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException("Azurite exited before listening: " + await _process.StandardError.ReadToEndAsync(timeout.Token));
            var match = ListeningLine().Match(line);
            if (match.Success)
            {
                _ports[match.Groups[1].Value] = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            }
        }

        // Keep draining its output so Azurite never blocks on a full pipe.
        _ = _process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        _ = _process.StandardError.ReadToEndAsync(CancellationToken.None);
    }

    private void OnProcessExit(object? sender, EventArgs e)
    {
        Stop();
        TryDeleteLocation();
    }

    private void Stop()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private void TryDeleteLocation()
    {
        try
        {
            Directory.Delete(_location, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the OS temp cleaner removes it later.
        }
    }

    [GeneratedRegex(@"Azurite (Blob|Queue|Table) service (?:is )?successfully listening at http://[^:]+:(\d+)")]
    private static partial Regex ListeningLine();
}
