using Microsoft.Extensions.Options;
using Newsjack.Core.Brands;

namespace Newsjack.Azure.Scoring;

/// <summary>
/// The brand profiles in <see cref="ScoringOptions.BrandsFolder"/>, read on every call (files in ordinal order) so an
/// edited profile takes effect at the next run; only valid profiles are returned (start-up validation names the rest).
/// </summary>
public sealed class BrandFolder(IOptions<ScoringOptions> options)
{
    public IReadOnlyList<BrandProfile> Brands() =>
        options.Value.BrandsFolder is { Length: > 0 } folder ? Load(folder).Brands : [];

    public static BrandCatalog Load(string folder)
    {
        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal);
        return BrandCatalog.Load(files.Select(f => (f, (Func<Stream>)(() => File.OpenRead(f)))));
    }
}
