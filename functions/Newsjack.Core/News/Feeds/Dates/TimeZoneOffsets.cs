using System.Globalization;

namespace Newsjack.Core.News.Feeds.Dates;

/// <summary>Zone designators: numeric (`+0100`, `-01:01`, `Z`, none = UTC) and the names feeds use (RFC 822 plus common ones).</summary>
internal static class TimeZoneOffsets
{
    private static readonly Dictionary<string, double> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0, ["WET"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
        ["AT"] = -4, ["AST"] = -4, ["ADT"] = -3, ["ET"] = -5, ["CT"] = -6, ["MT"] = -7, ["PT"] = -8,
        ["AKST"] = -9, ["AKDT"] = -8, ["HST"] = -10, ["NST"] = -3.5, ["NDT"] = -2.5,
        ["BST"] = 1, ["IST"] = 5.5, ["MET"] = 1, ["MEST"] = 2, ["CET"] = 1, ["CEST"] = 2, ["WEST"] = 1,
        ["EET"] = 2, ["EEST"] = 3, ["MSK"] = 3, ["JST"] = 9, ["KST"] = 9, ["HKT"] = 8, ["SGT"] = 8,
        ["AEST"] = 10, ["AEDT"] = 11, ["ACST"] = 9.5, ["AWST"] = 8, ["NZST"] = 12, ["NZDT"] = 13,
    };

    /// <summary>Numeric zones; empty means UTC; null means malformed.</summary>
    public static TimeSpan? FromNumeric(string zone)
    {
        if (zone.Length == 0 || zone is "Z" or "z")
        {
            return TimeSpan.Zero;
        }

        if (zone[0] is not ('+' or '-'))
        {
            return null;
        }

        var digits = zone[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        if (digits.Length is not (2 or 4) || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = digits.Length == 4 ? int.Parse(digits[2..], CultureInfo.InvariantCulture) : 0;
        if (hours > 23 || minutes > 59)
        {
            return null;
        }

        var span = new TimeSpan(hours, minutes, 0);
        return zone[0] == '-' ? -span : span;
    }

    /// <summary>Named zones, `Etc/GMT`, `GMT+01:00`, and RFC 822 military letters (A–I, K–M west… as RFC 822 defines).</summary>
    public static TimeSpan? FromName(string zone)
    {
        if (zone.StartsWith("Etc/", StringComparison.OrdinalIgnoreCase))
        {
            zone = zone[4..];
        }

        if (Named.TryGetValue(zone, out var hours))
        {
            return TimeSpan.FromHours(hours);
        }

        foreach (var prefix in (string[])["GMT", "UTC", "UT"])
        {
            if (zone.Length > prefix.Length && zone.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && zone[prefix.Length] is '+' or '-')
            {
                return FromNumeric(zone[prefix.Length..]);
            }
        }

        return zone.Length == 1 && char.IsAsciiLetter(zone[0]) && char.ToUpperInvariant(zone[0]) != 'J' ? Military(char.ToUpperInvariant(zone[0])) : null;
    }

    // RFC 822 section 5: A..M (no J) are -1..-12, N..Y are +1..+12, Z is UTC.
    private static TimeSpan Military(char letter) => letter switch
    {
        'Z' => TimeSpan.Zero,
        <= 'I' => TimeSpan.FromHours(-(letter - 'A' + 1)),
        <= 'M' => TimeSpan.FromHours(-(letter - 'A')),
        _ => TimeSpan.FromHours(letter - 'N' + 1),
    };
}
