using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Newsjack.Cli.LocalHost;

namespace Newsjack.Cli.Configuration;

/// <summary>
/// The one line a command prints (exit 2) when it cannot start for a reason the user fixes: settings that fail
/// validation (every failure, each naming its setting), a schedule that is no NCRONTAB, an address already in use.
/// Null for anything else, which is a bug and keeps its stack trace.
/// </summary>
public static partial class StartupFailure
{
    public static string? Describe(Exception exception) => exception switch
    {
        OptionsValidationException options => "invalid settings: " + string.Join("; ", options.Failures.Select(Unwrap)),
        ScheduleSettingException schedule => "invalid settings: " + schedule.Message,
        AggregateException aggregate when aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(e => Describe(e) is not null) =>
            "invalid settings: " + string.Join("; ", aggregate.InnerExceptions.Select(e => Describe(e)!["invalid settings: ".Length..])),
        IOException io when io.Message.StartsWith("Failed to bind to address", StringComparison.Ordinal) => io.Message.Split('\n', 2)[0].Trim(),
        _ => null,
    };

    /// <summary>Our validation messages name the setting; the DataAnnotations wrapper around them names only the class.</summary>
    private static string Unwrap(string failure) =>
        DataAnnotationFailure().Match(failure) is { Success: true } match ? match.Groups["error"].Value : failure;

    [GeneratedRegex(@"^DataAnnotation validation failed for '[^']*' members: '[^']*' with the error: '(?<error>.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();
}
