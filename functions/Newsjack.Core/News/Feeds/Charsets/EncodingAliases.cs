namespace Newsjack.Core.News.Feeds.Charsets;

/// <summary>Encoding labels seen in feeds that .NET does not know by that name, mapped to the names it does.</summary>
internal static class EncodingAliases
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["utf8"] = "utf-8",
        ["latin1"] = "windows-1252",
        ["latin-1"] = "windows-1252",
        ["iso8859-1"] = "windows-1252",
        ["iso-8859-1"] = "windows-1252",
        ["us-ascii"] = "windows-1252",
        ["ascii"] = "windows-1252",
        ["tis-620"] = "windows-874",
        ["iso-8859-11"] = "windows-874",
        ["x-sjis"] = "shift_jis",
        ["sjis"] = "shift_jis",
        ["gbk"] = "gb2312",
        ["x-euc-jp"] = "euc-jp",
        ["cp1252"] = "windows-1252",
        ["cp1251"] = "windows-1251",
        ["ks_c_5601-1987"] = "euc-kr",
        ["ucs-2"] = "utf-16",
    };

    /// <summary>
    /// ISO-8859-1 and US-ASCII resolve to windows-1252, as browsers do: feeds that declare them routinely
    /// contain cp1252 smart quotes, and windows-1252 is a superset for every byte that decodes validly.
    /// </summary>
    public static string Resolve(string name) => Aliases.TryGetValue(name, out var alias) ? alias : name;
}
