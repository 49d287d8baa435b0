namespace Newsjack.Core.News.Feeds.Text;

/// <summary>The windows-1252 meanings of the C1 range 0x80–0x9F (smart quotes, dashes, €), used for `&amp;#150;`-style references.</summary>
internal static class Windows1252
{
    private const string C1 = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
        + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    public static string Decode(byte code) => code is >= 0x80 and <= 0x9F ? C1[code - 0x80].ToString() : ((char)code).ToString();
}
