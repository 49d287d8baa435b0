using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Newsjack.Azure.Hosting;

namespace Newsjack.Integration.Tests.Infra;

/// <summary>
/// The Bicep in `infra/` builds and lints with no warning under the Bicep CLI from its NuGet package, and the
/// template agrees with the code: every parameter `main.parameters.json` sets exists, and every queue a function
/// binds is created and output under its setting's name.
/// </summary>
public sealed class InfraBicepTests
{
    private static readonly string Root = Metadata("RepositoryRoot");
    private static readonly string Infra = Path.Combine(Root, "infra");

    [Fact]
    public async Task Every_bicep_file_lints_with_no_warning()
    {
        var (code, output) = await BicepAsync("lint", "--pattern", "**/*.bicep", "--no-restore");

        Assert.True(code == 0 && output.Length == 0, $"bicep lint exited {code}:\n{output}");
    }

    [Fact]
    public async Task Main_template_builds_with_no_warning_and_matches_the_parameters_file_and_the_job_table()
    {
        var (code, output) = await BicepAsync("build", "main.bicep", "--stdout", "--no-restore");
        var json = output[output.IndexOf('{', StringComparison.Ordinal)..];
        var diagnostics = output[..output.IndexOf('{', StringComparison.Ordinal)];

        Assert.True(code == 0 && diagnostics.Trim().Length == 0, $"bicep build exited {code}:\n{diagnostics}");
        using var template = JsonDocument.Parse(json);
        var parameters = template.RootElement.GetProperty("parameters");
        var outputs = template.RootElement.GetProperty("outputs");
        using var parametersFile = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Infra, "main.parameters.json"), TestContext.Current.CancellationToken));
        foreach (var parameter in parametersFile.RootElement.GetProperty("parameters").EnumerateObject())
        {
            Assert.True(parameters.TryGetProperty(parameter.Name, out _), $"main.parameters.json sets '{parameter.Name}', which main.bicep does not declare");
        }

        foreach (var job in PipelineJobs.Of(JobTrigger.Queue).Where(j => !j.Queue!.EndsWith("-poison", StringComparison.Ordinal)))
        {
            Assert.True(outputs.TryGetProperty(job.Setting!, out _), $"main.bicep has no output {job.Setting}");
            Assert.Contains($"'{job.Queue}'", json, StringComparison.Ordinal);
        }
    }

    private static async Task<(int Code, string Output)> BicepAsync(params string[] arguments)
    {
        var bicep = Metadata("BicepPath").Replace('\\', '/');
        Assert.True(File.Exists(bicep), $"{bicep}: the Bicep CLI did not restore (package Azure.Bicep.CommandLine.linux-x64)");
        if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(bicep).HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(bicep, File.GetUnixFileMode(bicep) | UnixFileMode.UserExecute);
        }

        var start = new ProcessStartInfo(bicep) { WorkingDirectory = Infra, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["BICEP_TELEMETRY_DISABLED"] = "true";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, (await stderr) + (await stdout));
    }

    private static string Metadata(string key) =>
        typeof(InfraBicepTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
