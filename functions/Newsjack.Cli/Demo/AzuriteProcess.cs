using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsjack.Cli.Demo;

/// <summary>
/// An Azurite started for this process alone, in memory, on ports picked by the OS (read back from its
/// "successfully listening at" lines); killed on dispose or process exit. The demo runs one, and so do the
/// integration tests, which also stop it and start it again on the same ports to play a storage outage.
/// </summary>
public sealed partial class AzuriteProcess : IAsyncDisposable
{
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly string _executable;
    private Process? _process;

    public AzuriteProcess(string executable)
    {
        _executable = executable;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    public int BlobPort { get; private set; }
    public int QueuePort { get; private set; }
    public int TablePort { get; private set; }

    /// <summary>Well-known development account: a public, documented value, not a secret.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevAccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    public static async Task<AzuriteProcess> StartAsync(string executable, CancellationToken cancellationToken)
    {
        var azurite = new AzuriteProcess(executable);
        try
        {
            await azurite.StartAsync(cancellationToken);
            return azurite;
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts on free ports the first time, on the same ports after <see cref="StopAsync"/>.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_executable))
        {
            throw new CliUsageException($"Azurite not found at {_executable}; run 'npm ci' in the repository (./newsjack demo does it for you)");
        }

        var psi = new ProcessStartInfo(_executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--inMemoryPersistence", "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--disableProductStyleUrl", "--loose",
            "--blobHost", "127.0.0.1", "--blobPort", Port(BlobPort), "--queueHost", "127.0.0.1", "--queuePort", Port(QueuePort),
            "--tableHost", "127.0.0.1", "--tablePort", Port(TablePort) })
        {
            psi.ArgumentList.Add(arg);
        }

        _process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {_executable}");
        var ports = await ListeningPortsAsync(_process, cancellationToken);
        (BlobPort, QueuePort, TablePort) = (ports["Blob"], ports["Queue"], ports["Table"]);
    }

    /// <summary>Stops Azurite; its in-memory data is lost, as in an outage of a fresh account.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        Kill(_process);
        await _process.WaitForExitAsync(CancellationToken.None);
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        await StopAsync();
    }

    private static async Task<Dictionary<string, int>> ListeningPortsAsync(Process process, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        var ports = new Dictionary<string, int>(StringComparer.Ordinal);
        while (ports.Count < 3)
        {
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException("Azurite exited before listening: " + await process.StandardError.ReadToEndAsync(timeout.Token));
            var match = ListeningLine().Match(line);
            if (match.Success)
            {
                ports[match.Groups[1].Value] = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            }
        }

        // Keep draining its output so Azurite never blocks on a full pipe.
        _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
        return ports;
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);

    private void OnProcessExit(object? sender, EventArgs e)
    {
        if (_process is not null)
        {
            Kill(_process);
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    [GeneratedRegex(@"Azurite (Blob|Queue|Table) service (?:is )?successfully listening at http://[^:]+:(\d+)")]
    private static partial Regex ListeningLine();
}
