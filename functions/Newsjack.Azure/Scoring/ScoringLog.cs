using Microsoft.Extensions.Logging;

namespace Newsjack.Azure.Scoring;

/// <summary>Source-generated log messages of the scoring stage.</summary>
internal static partial class ScoringLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "ScoreTopics: brand {Brand}: {Suggest} suggest, {Review} review, {Suppress} suppress, {Ignore} ignore over {Topics} topics; {LetThrough} let through the alert-fatigue gate")]
    public static partial void Scored(ILogger logger, string brand, int suggest, int review, int suppress, int ignore, int topics, int letThrough);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "ScoreTopics: no stored topics in the window; nothing scored")]
    public static partial void NoTopics(ILogger logger);
}
