using Microsoft.Extensions.Logging;

namespace Newsjack.Azure.Scoring.SecondOpinion;

/// <summary>Source-generated log messages of the second opinion; never the endpoint, key or prompt.</summary>
internal static partial class SecondOpinionLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "SecondOpinion: topic {Topic}: no answer within {Seconds} s; scored without it")]
    public static partial void TimedOut(ILogger logger, string topic, int seconds);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "SecondOpinion: topic {Topic}: the chat model failed ({Error}); scored without it")]
    public static partial void Failed(ILogger logger, string topic, string error);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Warning, Message = "SecondOpinion: topic {Topic}: the answer did not follow the rubric; scored without it")]
    public static partial void OffRubric(ILogger logger, string topic);
}
