using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using Newsjack.Azure.Hosting;
using Newsjack.Cli.Configuration;

namespace Newsjack.Cli.Commands;

/// <summary>
/// `newsjack run JOB`: one run of a timer job now, in this process, against the configured storage: what its timer
/// would do at the next occurrence (`run detect-topics` writes topics and queues their scoring for a running host).
/// The jobs are the timer rows of <see cref="PipelineJobs"/>, named in kebab case. Exit 1 when the run fails.
/// </summary>
internal sealed class RunCommand : ICliCommand
{
    private static readonly IReadOnlyDictionary<string, PipelineJob> Jobs =
        PipelineJobs.Of(JobTrigger.Timer).ToDictionary(job => CommandName(job.Name), StringComparer.Ordinal);

    private readonly Argument<string> _job = CliOptions.One("JOB", "the timer job to run").AcceptOnlyFromAmong([.. Jobs.Keys]);
    private readonly Option<string?> _settings = CliOptions.Settings();

    public string Name => "run";

    public string Usage => $"run JOB [--settings FILE]   run a timer job once now against the configured storage ({string.Join(", ", Jobs.Keys)})";

    public IReadOnlyList<Symbol> Symbols => [_job, _settings];

    /// <summary>`DetectTopics` → `detect-topics`.</summary>
    public static string CommandName(string functionName) =>
        string.Concat(functionName.Select((c, i) => char.IsUpper(c) && i > 0 ? $"-{char.ToLowerInvariant(c)}" : $"{char.ToLowerInvariant(c)}"));

    public async Task<int> RunAsync(ParseResult parse, CliConsole console, CancellationToken cancellationToken)
    {
        var name = parse.GetValue(_job)!;
        await using var services = CliServices.Build(
            CliConfiguration.Build(parse.GetValue(_settings)),
            logging => logging.AddSimpleConsole(o => o.SingleLine = true)
                .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
                .AddFilter("Azure", LogLevel.Warning)
                .AddFilter("Microsoft", LogLevel.Warning)
                .AddFilter("System", LogLevel.Warning));
        var job = (IScheduledJob)CliServices.Get(services, Jobs[name].Handler);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await job.RunAsync(cancellationToken);
        }
        catch (OptionsValidationException ex)
        {
            throw new CliUsageException(StartupFailure.Describe(ex)!);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync($"newsjack run {name}: failed after {Elapsed(started)} ms: {ex.GetType().Name}: {ex.Message.Split('\n', 2)[0].Trim()}");
            return 1;
        }

        await console.Out.WriteLineAsync($"{name}: succeeded in {Elapsed(started)} ms");
        return 0;
    }

    private static long Elapsed(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}
