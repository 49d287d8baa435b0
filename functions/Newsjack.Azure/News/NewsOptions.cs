using System.ComponentModel.DataAnnotations;
using Newsjack.Core.News;

namespace Newsjack.Azure.News;

/// <summary>How feeds are configured and fetched (section `News`, settings `News__FeedsFile` etc.).</summary>
public sealed class NewsOptions : IValidatableObject
{
    public const string SectionName = "News";

    /// <summary>The feeds file (JSON, see docs/design/news.md). Unset: no feeds are polled.</summary>
    public string? FeedsFile { get; set; }

    [Range(1, 300, ErrorMessage = "News:FetchTimeoutSeconds must be 1..300.")]
    public int FetchTimeoutSeconds { get; set; } = 20;

    [Range(1024, 512L * 1024 * 1024, ErrorMessage = "News:MaxFeedBytes must be 1 KiB..512 MiB.")]
    public long MaxFeedBytes { get; set; } = 10L * 1024 * 1024;

    [Range(0, 20, ErrorMessage = "News:MaxRedirects must be 0..20.")]
    public int MaxRedirects { get; set; } = 5;

    [Required(AllowEmptyStrings = false, ErrorMessage = "News:UserAgent must not be empty.")]
    public string UserAgent { get; set; } = "Newsjack/1.0 (feed reader)";

    public TimeSpan FetchTimeout => TimeSpan.FromSeconds(FetchTimeoutSeconds);

    /// <summary>Checks the feeds file at start, so a typo stops the host with a clear message, not the first poll.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(FeedsFile))
        {
            yield break;
        }

        if (!File.Exists(FeedsFile))
        {
            yield return new ValidationResult($"News:FeedsFile: '{FeedsFile}' does not exist.", [nameof(FeedsFile)]);
            yield break;
        }

        foreach (var error in FeedsFileParser.Parse(File.ReadAllText(FeedsFile), FeedsFile).Errors)
        {
            yield return new ValidationResult(error, [nameof(FeedsFile)]);
        }
    }
}
