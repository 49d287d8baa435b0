using Microsoft.Extensions.Logging;
using Newsjack.Core.Scoring.Analysis;

namespace Newsjack.Azure.Scoring.Language;

/// <summary>Source-generated log lines of the Language adapter; never the key, never document text.</summary>
internal static partial class LanguageLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning,
        Message = "Language budget spent: {Kind} for {Documents} document(s) not sent ({Remaining} of {Limit} text records left this window)")]
    public static partial void BudgetExceeded(ILogger logger, AnalysisKinds kind, int documents, int remaining, int limit);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Error,
        Message = "Language {Kind} request failed with {Status} {ErrorCode}; {Documents} document(s) left unanalysed")]
    public static partial void RequestFailed(ILogger logger, Exception exception, AnalysisKinds kind, int status, string? errorCode, int documents);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Error,
        Message = "Language refused our credentials or quota ({Status}); no calls until {Until:o}")]
    public static partial void CircuitOpened(ILogger logger, int status, DateTimeOffset until);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Debug,
        Message = "Language {Kind}: {Hits} cached, {Sent} sent, {Records} text record(s) billed")]
    public static partial void Analyzed(ILogger logger, AnalysisKinds kind, int hits, int sent, int records);
}
