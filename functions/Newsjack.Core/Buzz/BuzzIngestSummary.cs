using System.Text.Json.Serialization;

namespace Newsjack.Core.Buzz;

/// <summary>
/// The JSON answer of `POST /api/buzz`: `{accepted, duplicates, rejected, stale, errors:[{line, reason}]}`, plus
/// `errorsOmitted` (written when not 0): how many line errors past the first <see cref="BuzzLimits.MaxErrorsListed"/>
/// are not listed. The counts are always complete.
/// </summary>
public sealed record BuzzIngestSummary(int Accepted, int Duplicates, int Rejected, int Stale, IReadOnlyList<BuzzLineError> Errors)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int ErrorsOmitted { get; init; }
}
