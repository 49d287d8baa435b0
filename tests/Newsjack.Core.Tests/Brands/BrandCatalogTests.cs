using System.Text;
using Newsjack.Core.Brands;

namespace Newsjack.Core.Tests.Brands;

public sealed class BrandCatalogTests
{
    private static (string, Func<Stream>) File(string name, string json) =>
        (name, () => new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Valid_files_load_and_invalid_ones_are_reported_without_losing_the_rest()
    {
        var catalog = BrandCatalog.Load(
        [
            File("a.json", """{ "id": "a", "name": "A", "topics": [ { "phrase": "x" } ] }"""),
            File("b.json", """{ "id": "b", "topics": [] }"""),
            File("c.json", """{ "id": "c", "name": "C", "topics": [ { "phrase": "y" } ] }"""),
        ]);

        Assert.False(catalog.AllValid);
        Assert.Equal(["a", "c"], catalog.Brands.Select(b => b.Id));
        Assert.Equal(["name", "topics"], catalog.Results[1].Errors.Select(e => e.Field));
    }

    [Fact]
    public void Same_id_in_two_files_invalidates_both()
    {
        var catalog = BrandCatalog.Load(
        [
            File("one.json", """{ "id": "same", "name": "A", "topics": [ { "phrase": "x" } ] }"""),
            File("two.json", """{ "id": "same", "name": "B", "topics": [ { "phrase": "x" } ] }"""),
        ]);

        Assert.Empty(catalog.Brands);
        Assert.Equal("'same' is also used by two.json", catalog.Results[0].Errors.Single().Problem);
        Assert.Equal("'same' is also used by one.json", catalog.Results[1].Errors.Single().Problem);
    }
}
