namespace Newsjack.Core.Brands;

/// <summary>The outcome of loading one brand file: the profile when valid, else every error found.</summary>
public sealed record BrandLoadResult(string File, BrandProfile? Profile, IReadOnlyList<BrandValidationError> Errors)
{
    public bool Ok => Profile is not null && Errors.Count == 0;

    /// <summary>Problems that do not make the file invalid, such as unknown (probably misspelt) fields.</summary>
    public IReadOnlyList<BrandValidationError> Warnings { get; init; } = [];
}
