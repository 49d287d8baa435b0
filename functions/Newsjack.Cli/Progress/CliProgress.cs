using Spectre.Console;

namespace Newsjack.Cli.Progress;

/// <summary>
/// Live progress for the long commands (score, eval, replay, demo), drawn on stderr by Spectre.Console, and only when
/// stderr is a terminal. Piped or redirected, nothing is drawn and every task is a no-op, so stdout and logs are as
/// without it. Dispose it before writing to stdout, so the drawing and the data never interleave on one screen.
/// </summary>
public sealed class CliProgress : IAsyncDisposable
{
    private readonly ProgressContext? _context;
    private readonly TaskCompletionSource? _finish;
    private readonly Task? _running;
    private readonly List<ProgressTask> _tasks = [];

    private CliProgress(ProgressContext? context, TaskCompletionSource? finish, Task? running)
    {
        _context = context;
        _finish = finish;
        _running = running;
    }

    /// <summary>Whether progress is drawn (stderr is a terminal); commands then leave out their plain progress lines.</summary>
    public bool IsLive => _context is not null;

    public static async Task<CliProgress> StartAsync(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (!console.ErrorIsTerminal)
        {
            return new CliProgress(null, null, null);
        }

        var ready = new TaskCompletionSource<ProgressContext>(TaskCreationOptions.RunContinuationsAsynchronously);
        var finish = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Interactive: stderr is a terminal (checked above), whatever stdin is (score ... < file).
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error), Interactive = InteractionSupport.Yes });
        var running = terminal.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                ready.TrySetResult(context);
                await finish.Task;
            });
        // StartAsync fails before handing out the context only if the terminal cannot be drawn on.
        var first = await Task.WhenAny(ready.Task, running);
        return first == ready.Task ? new CliProgress(ready.Task.Result, finish, running) : new CliProgress(null, null, null);
    }

    /// <summary>A step with a known size (bytes, events), or of unknown length when <paramref name="total"/> is null.</summary>
    public CliProgressTask Step(string description, double? total = null)
    {
        if (_context is null)
        {
            return CliProgressTask.None;
        }

        var task = _context.AddTask(Markup.Escape(description), maxValue: total ?? 1);
        task.IsIndeterminate = total is null;
        lock (_tasks)
        {
            _tasks.Add(task);
        }

        return new CliProgressTask(task);
    }

    public async ValueTask DisposeAsync()
    {
        if (_finish is null || _running is null)
        {
            return;
        }

        lock (_tasks)
        {
            // What was not marked done finished with the command (or stopped with it).
            foreach (var task in _tasks.Where(t => !t.IsFinished))
            {
                CliProgressTask.Complete(task);
            }
        }

        _finish.TrySetResult();
        await _running;
    }
}
