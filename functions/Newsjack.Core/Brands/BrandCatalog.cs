namespace Newsjack.Core.Brands;

/// <summary>
/// The brands of one deployment (a folder of files, one brand each). Loads every file, keeps the valid ones and
/// reports the rest; two files with the same id are both an error, since cards and history are keyed by id.
/// </summary>
public sealed class BrandCatalog
{
    private BrandCatalog(IReadOnlyList<BrandProfile> brands, IReadOnlyList<BrandLoadResult> results)
    {
        Brands = brands;
        Results = results;
    }

    public IReadOnlyList<BrandProfile> Brands { get; }

    /// <summary>One result per file, in the order given, with duplicate-id errors added.</summary>
    public IReadOnlyList<BrandLoadResult> Results { get; }

    public bool AllValid => Results.All(r => r.Ok);

    public static BrandCatalog Load(IEnumerable<(string File, Func<Stream> Open)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var results = new List<BrandLoadResult>();
        foreach (var (file, open) in files)
        {
            using var stream = open();
            results.Add(BrandProfileLoader.Load(stream, file));
        }

        var duplicates = results.Where(r => r.Ok)
            .GroupBy(r => r.Profile!.Id, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => g.Select(r => r.File).ToList(), StringComparer.Ordinal);
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].Profile is { } profile && duplicates.TryGetValue(profile.Id, out var files2))
            {
                var others = string.Join(", ", files2.Where(f => f != results[i].File));
                var error = new BrandValidationError(results[i].File, "id", $"'{profile.Id}' is also used by {others}");
                results[i] = results[i] with { Profile = null, Errors = [.. results[i].Errors, error] };
            }
        }

        return new BrandCatalog(results.Where(r => r.Ok).Select(r => r.Profile!).ToList(), results);
    }

    public BrandProfile? Find(string id) => Brands.FirstOrDefault(b => b.Id == id);
}
