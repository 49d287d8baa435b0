using System.ComponentModel.DataAnnotations;
using Newsjack.Core.Topics.Trends;

namespace Newsjack.Azure.Topics;

/// <summary>How `DetectTopics` reads, keeps and writes (section `Topics`, settings `Topics__WindowHours` etc.).</summary>
public sealed class TopicsOptions : IValidatableObject
{
    public const string SectionName = "Topics";

    /// <summary>News first seen and posts created in the last this-many hours are clustered each run.</summary>
    [Range(1, 168, ErrorMessage = "Topics:WindowHours must be 1..168.")]
    public int WindowHours { get; set; } = 48;

    /// <summary>Stories idle this long are dropped from the clusterer state (bounds the state blob).</summary>
    [Range(1, 60, ErrorMessage = "Topics:PruneDays must be 1..60.")]
    public int PruneDays { get; set; } = 7;

    /// <summary>Topic rows whose last activity is older than this are deleted.</summary>
    [Range(1, 365, ErrorMessage = "Topics:RetentionDays must be 1..365.")]
    public int RetentionDays { get; set; } = 14;

    /// <summary>Item ids kept per topic row (the count is stored in full); keeps rows far below the 1 MB entity limit.</summary>
    [Range(1, 1000, ErrorMessage = "Topics:MaxItemIds must be 1..1000.")]
    public int MaxItemIds { get; set; } = 200;

    /// <summary>Width of each partition's trend sketch: 2 × 2^bits buckets × 12 bytes (Core's default, 19 bits: 12 MB per partition).</summary>
    [Range(8, 24, ErrorMessage = "Topics:TrendWidthBits must be 8..24.")]
    public int TrendWidthBits { get; set; } = new TrendOptions().WidthBits;

    /// <summary>Whole runs tried when another instance wrote the state first (ETag conflict).</summary>
    [Range(1, 10, ErrorMessage = "Topics:ConflictAttempts must be 1..10.")]
    public int ConflictAttempts { get; set; } = 3;

    public TimeSpan Window => TimeSpan.FromHours(WindowHours);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PruneDays * 24 <= WindowHours)
        {
            yield return new ValidationResult("Topics:PruneDays must cover more than Topics:WindowHours, or items in the window would be clustered again.", [nameof(PruneDays)]);
        }
    }
}
