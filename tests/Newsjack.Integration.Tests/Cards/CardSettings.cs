namespace Newsjack.Integration.Tests.Cards;

/// <summary>Settings a host needs to make cards: the brands folder, a link key and the base URL of its card pages.</summary>
internal static class CardSettings
{
    public static readonly string Key = Convert.ToBase64String(Enumerable.Range(3, 32).Select(i => (byte)i).ToArray());

    public static Dictionary<string, string?> For(string? brandsFolder = null, string baseUrl = "https://newsjack.example/") => new()
    {
        ["Scoring:BrandsFolder"] = brandsFolder ?? Path.Combine(AppContext.BaseDirectory, "Fixtures", "Scoring"),
        ["CardLinks:BaseUrl"] = baseUrl,
        ["CardLinks:CurrentKeyId"] = "k1",
        ["CardLinks:CurrentKey"] = Key,
    };
}
