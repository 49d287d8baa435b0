using Microsoft.Extensions.Logging;

namespace Newsjack.Functions.Operations;

/// <summary>Log lines shared by the timer functions.</summary>
internal static partial class TimerLog
{
    /// <summary>A missed occurrence (host was down) fires once at start-up; worth a line, never a failure.</summary>
    [LoggerMessage(EventId = 910, Level = LogLevel.Information, Message = "Timer {FunctionName} is past due; next run {Next}")]
    public static partial void PastDue(ILogger logger, string functionName, DateTime? next);
}
