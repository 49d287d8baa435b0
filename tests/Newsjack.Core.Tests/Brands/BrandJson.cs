using System.Text;
using Newsjack.Core.Brands;

namespace Newsjack.Core.Tests.Brands;

/// <summary>Loads brand JSON from a string or a fixture, the way the CLI hands in a file stream.</summary>
internal static class BrandJson
{
    public static BrandLoadResult Load(string json, string file = "brand.json")
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return BrandProfileLoader.Load(stream, file);
    }

    public static BrandProfile Fixture(string id)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Brands", id + ".json");
        using var stream = File.OpenRead(path);
        var result = BrandProfileLoader.Load(stream, path);
        return result.Profile ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
    }
}
