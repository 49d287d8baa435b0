using System.Diagnostics;
using Newsjack.Cli;
using Newsjack.Cli.Progress;

namespace Newsjack.Integration.Tests.Cli;

/// <summary>Long commands draw progress only on a terminal: piped or redirected they print exactly their data.</summary>
public sealed class CliProgressTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Scoring");

    private static readonly string[] Score =
    [
        "score", "--brand", Path.Combine(Fixtures, "snapwell-snacks.json"), "--items", Path.Combine(Fixtures, "items.jsonl"),
        "--buzz", Path.Combine(Fixtures, "buzz.jsonl"), "--now", "2026-11-23T10:00:00Z", "--embeddings", "none", "--format", "json",
    ];

    [Fact]
    public async Task Score_with_stdout_and_stderr_redirected_prints_its_json_and_nothing_on_stderr()
    {
        var ct = TestContext.Current.CancellationToken;
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsjack.dll"));
        foreach (var arg in Score)
        {
            psi.ArgumentList.Add(arg);
        }

        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);

        using var inProcessOut = new StringWriter();
        var inProcessCode = await CliApp.RunAsync(Score, inProcessOut, new StringWriter());
        Assert.Equal(0, process.ExitCode);
        Assert.Equal(0, inProcessCode);
        Assert.Equal(string.Empty, await stderr);
        Assert.Equal(inProcessOut.ToString(), await stdout);
        Assert.StartsWith("{\"brand\":\"snapwell-snacks\"", await stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_on_a_redirected_stderr_draws_nothing_and_its_steps_do_nothing()
    {
        using var stderr = new StringWriter();
        await using (var progress = await CliProgress.StartAsync(new CliConsole(TextWriter.Null, stderr)))
        {
            Assert.False(progress.IsLive);
            var step = progress.Step("reading a large file", 1_000);
            step.Increment(500);
            step.Done();
            Assert.Same(CliProgressTask.None, step);
        }

        Assert.Empty(stderr.ToString());
    }
}
