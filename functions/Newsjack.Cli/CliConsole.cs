namespace Newsjack.Cli;

/// <summary>
/// The command's output streams: data on <see cref="Out"/>, progress and errors on <see cref="Error"/>.
/// <see cref="ErrorIsTerminal"/> is true only for the process's own stderr when it is a terminal (not piped or
/// redirected): only then do long commands draw live progress.
/// </summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    public bool ErrorIsTerminal { get; init; }
}
