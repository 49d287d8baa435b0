using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Newsjack.Integration.Tests.Cli;

/// <summary>
/// What a user sees when the CLI process cannot start: one line on stderr naming what to fix, no stack trace,
/// exit code 2. Run as a real process (the built newsjack.dll), as a shell runs it.
/// </summary>
public sealed class StartupErrorTests : IDisposable
{
    private const string Azurite = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;QueueEndpoint=http://127.0.0.1:1/devstoreaccount1;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;";
    private readonly string _settings = Path.Combine(Path.GetTempPath(), $"nj-startup-{Guid.NewGuid():N}.json");

    [Fact]
    public async Task Serve_without_a_storage_setting_prints_one_line_naming_it_and_exits_2()
    {
        File.WriteAllText(_settings, """{ "Values": { "Storage__Prefix": "startup" } }""");

        var (exit, stderr) = await RunAsync("serve", "--settings", _settings, "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, exit);
        var line = Assert.Single(Lines(stderr));
        Assert.StartsWith("newsjack serve: invalid settings: Set Storage:ConnectionString", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_with_two_kinds_of_bad_settings_names_each_on_one_line()
    {
        File.WriteAllText(_settings, """{ "Values": { "CardLinks__MaxLifetimeHours": "99" } }""");

        var (exit, stderr) = await RunAsync("serve", "--settings", _settings, "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, exit);
        var line = Assert.Single(Lines(stderr));
        Assert.Contains("Set Storage:ConnectionString", line, StringComparison.Ordinal);
        Assert.Contains("CardLinks:MaxLifetimeHours must be 1..24", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_on_a_port_already_in_use_says_so_in_one_line()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";
        File.WriteAllText(_settings, $$"""{ "Values": { "Storage__ConnectionString": "{{Azurite}}" } }""");

        var (exit, stderr) = await RunAsync("serve", "--settings", _settings, "--urls", url);

        Assert.Equal(2, exit);
        // The timers log their schedules before the HTTP server binds; the failure itself is one line.
        var line = Assert.Single(Lines(stderr), l => !l.StartsWith("info: ", StringComparison.Ordinal));
        Assert.StartsWith($"newsjack serve: Failed to bind to address {url}", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_without_a_storage_setting_prints_one_line_and_exits_2()
    {
        File.WriteAllText(_settings, """{ "Values": { } }""");

        var (exit, stderr) = await RunAsync("run", "detect-topics", "--settings", _settings);

        Assert.Equal(2, exit);
        Assert.StartsWith("newsjack run: invalid settings: Set Storage:ConnectionString", Assert.Single(Lines(stderr)), StringComparison.Ordinal);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Runs newsjack.dll with only the environment the .NET host needs (no Storage__* from the machine).</summary>
    private static async Task<(int Exit, string Stderr)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsjack.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var key in start.Environment.Keys.ToList())
        {
            if (key is not ("PATH" or "HOME" or "TMPDIR") && !key.StartsWith("DOTNET_", StringComparison.Ordinal))
            {
                start.Environment.Remove(key);
            }
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        await stdout;
        return (process.ExitCode, await stderr);
    }

    public void Dispose() => File.Delete(_settings);
}
