using Newsjack.Cli;

namespace Newsjack.Integration.Tests.Cli;

/// <summary>Runs the CLI in this process with its output captured: exit code, stdout and stderr as a user sees them.</summary>
internal static class CliRun
{
    public static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
