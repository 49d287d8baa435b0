namespace Newsjack.Core.Brands;

/// <summary>One problem in one brand file: which file, which field (JSON path like `topics[1].weight`), what is wrong.</summary>
public sealed record BrandValidationError(string File, string Field, string Problem)
{
    public override string ToString() => $"{File}: {Field}: {Problem}";
}
