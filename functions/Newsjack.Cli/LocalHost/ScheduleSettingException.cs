namespace Newsjack.Cli.LocalHost;

/// <summary>A job's schedule setting is not a 6-field NCRONTAB expression; `serve` and `demo` report it and exit 2.</summary>
public sealed class ScheduleSettingException(string message, Exception innerException) : Exception(message, innerException);
