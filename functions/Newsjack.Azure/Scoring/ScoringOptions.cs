using System.ComponentModel.DataAnnotations;

namespace Newsjack.Azure.Scoring;

/// <summary>Which brands `ScoreTopics` scores for (section `Scoring`, setting `Scoring__BrandsFolder`).</summary>
public sealed class ScoringOptions : IValidatableObject
{
    public const string SectionName = "Scoring";

    /// <summary>A folder of brand profiles (`*.json`, one brand each). Unset: no brand is scored.</summary>
    public string? BrandsFolder { get; set; }

    /// <summary>Checks the folder and every profile at start, so a typo stops the host with a clear message, not the first run.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(BrandsFolder))
        {
            yield break;
        }

        if (!Directory.Exists(BrandsFolder))
        {
            yield return new ValidationResult($"Scoring:BrandsFolder: '{BrandsFolder}' does not exist.", [nameof(BrandsFolder)]);
            yield break;
        }

        foreach (var error in BrandFolder.Load(BrandsFolder).Results.SelectMany(r => r.Errors))
        {
            yield return new ValidationResult($"Scoring:BrandsFolder: {error}", [nameof(BrandsFolder)]);
        }
    }
}
