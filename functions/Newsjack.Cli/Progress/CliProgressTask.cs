using Spectre.Console;

namespace Newsjack.Cli.Progress;

/// <summary>One step on the progress display; <see cref="None"/> when nothing is drawn.</summary>
public sealed class CliProgressTask
{
    private readonly ProgressTask? _task;

    internal CliProgressTask(ProgressTask? task) => _task = task;

    public static CliProgressTask None { get; } = new(null);

    public void Increment(double amount) => _task?.Increment(amount);

    public void Done()
    {
        if (_task is not null)
        {
            Complete(_task);
        }
    }

    internal static void Complete(ProgressTask task)
    {
        task.IsIndeterminate = false;
        task.Value = task.MaxValue;
        task.StopTask();
    }
}
