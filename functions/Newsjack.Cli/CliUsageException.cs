namespace Newsjack.Cli;

/// <summary>Bad usage or unreadable input: exit code 2, with a message naming the file, line or field.</summary>
public sealed class CliUsageException(string message) : Exception(message);
