namespace Newsjack.Cli;

/// <summary>The command's output streams: data on <see cref="Out"/>, progress and errors on <see cref="Error"/>.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error);
