using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Newsjack.Azure.Storage;

namespace Newsjack.Integration.Tests.Infrastructure;

/// <summary>
/// One Azurite process on free ports, in memory. The assembly's <see cref="AzuriteFixture"/> runs one; a test that
/// stops storage to simulate an outage starts its own, so tests running in parallel keep theirs.
/// </summary>
public sealed partial class AzuriteProcess : IAsyncDisposable
{
    private Process? _process;
    private int _seq;

    public int BlobPort { get; private set; }
    public int QueuePort { get; private set; }
    public int TablePort { get; private set; }

    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    /// <summary>Storage options with a prefix no other test uses.</summary>
    public StorageOptions NewStorageOptions() => new()
    {
        ConnectionString = ConnectionString,
        Prefix = $"t{Environment.ProcessId % 10000}x{Interlocked.Increment(ref _seq)}",
    };

    public static async Task<AzuriteProcess> StartNewAsync()
    {
        var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        return azurite;
    }

    /// <summary>Starts on free ports the first time, on the same ports after <see cref="StopAsync"/>.</summary>
    public async Task StartAsync() => (BlobPort, QueuePort, TablePort) = await LaunchAsync(BlobPort, QueuePort, TablePort);

    /// <summary>Stops Azurite (its in-memory data is lost, as in a real outage of a fresh account).</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } p)
        {
            p.Kill(entireProcessTree: true);
            await p.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task<(int Blob, int Queue, int Table)> LaunchAsync(int blob, int queue, int table)
    {
        var azurite = Environment.GetEnvironmentVariable("NEWSJACK_AZURITE") ?? FindAzurite();
        var psi = new ProcessStartInfo(azurite) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[]
        {
            "--inMemoryPersistence", "--skipApiVersionCheck", "--disableProductStyleUrl", "--loose",
            "--blobHost", "127.0.0.1", "--blobPort", blob.ToString(CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", queue.ToString(CultureInfo.InvariantCulture),
            "--tableHost", "127.0.0.1", "--tablePort", table.ToString(CultureInfo.InvariantCulture),
        })
        {
            psi.ArgumentList.Add(a);
        }

        var process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {azurite}");
        _process = process;
        var ports = new Dictionary<string, int>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (ports.Count < 3)
        {
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException("Azurite exited before listening: " + await process.StandardError.ReadToEndAsync());
            var m = ListeningLine().Match(line);
            if (m.Success)
            {
                ports[m.Groups[1].Value] = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            }
        }

        // Keep draining output so Azurite never blocks on a full pipe.
        _ = Task.Run(() => process.StandardOutput.ReadToEndAsync());
        _ = Task.Run(() => process.StandardError.ReadToEndAsync());
        return (ports["Blob"], ports["Queue"], ports["Table"]);
    }

    private static string FindAzurite()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "node_modules", ".bin", "azurite");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Azurite not found: run ./test.sh (it runs npm ci) or set NEWSJACK_AZURITE.");
    }

    [GeneratedRegex(@"Azurite (Blob|Queue|Table) service (?:is )?successfully listening at http://[^:]+:(\d+)")]
    private static partial Regex ListeningLine();
}
