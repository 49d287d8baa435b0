using Newsjack.Core.Brands;

namespace Newsjack.Cli.Demo;

/// <summary>The sample brand profiles (`samples/brands/*.json`) the demo scores its topics against.</summary>
public static class DemoBrands
{
    public static IReadOnlyList<BrandProfile> Load(string root)
    {
        var folder = Path.Combine(root, "samples", "brands");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal) : Enumerable.Empty<string>();
        var catalog = BrandCatalog.Load(files.Select(f => (f, (Func<Stream>)(() => File.OpenRead(f)))));
        if (!catalog.AllValid)
        {
            var errors = catalog.Results.SelectMany(r => r.Errors).Select(e => e.ToString());
            throw new CliUsageException("invalid sample brand profile: " + string.Join("; ", errors));
        }

        return catalog.Brands;
    }
}
