using System.Globalization;
using System.Text.Json;
using Newsjack.Core.Scoring.Risk.Json;
using Newsjack.Core.Text;

namespace Newsjack.Core.Scoring.Risk;

/// <summary>
/// Anniversaries of tragedies, from the embedded data file or one a deployment hands in. On such a day (in the
/// brand's time zone) every topic carries the day's tier, and a topic that mentions the event is floor.
/// </summary>
public sealed class SensitiveDateCalendar(IReadOnlyList<SensitiveDate> dates)
{
    private static readonly Lazy<SensitiveDateCalendar> Embedded = new(() =>
    {
        using var stream = typeof(SensitiveDateCalendar).Assembly.GetManifestResourceStream("Newsjack.Core.Risk.Calendar.sensitive-dates.json")!;
        return Read(stream, "sensitive-dates.json");
    });

    public static SensitiveDateCalendar Default => Embedded.Value;

    public IReadOnlyList<SensitiveDate> Dates { get; } = dates;

    public IReadOnlyList<SensitiveDate> On(DateOnly date) => [.. Dates.Where(d => d.IsOn(date))];

    public static SensitiveDateCalendar Read(Stream content, string file)
    {
        var json = JsonSerializer.Deserialize(content, RiskDataJsonContext.Default.SensitiveDatesJson);
        var dates = new List<SensitiveDate>();
        for (var i = 0; i < (json?.Dates?.Count ?? 0); i++)
        {
            var entry = json!.Dates![i];
            string Where(string field) => $"{file}: dates[{i}].{field}";
            if (!DateOnly.TryParseExact("2000-" + entry.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                throw new InvalidDataException($"{Where("date")}: '{entry.Date}' is not MM-DD");
            }

            if (entry.Category is null || !RiskCategories.All.Contains(entry.Category))
            {
                throw new InvalidDataException($"{Where("category")}: '{entry.Category}' is not a risk category");
            }

            var tier = RiskTier.Low;
            if (entry.DayTier is not null && !RiskTiers.TryParse(entry.DayTier, out tier))
            {
                throw new InvalidDataException($"{Where("dayTier")}: '{entry.DayTier}' is not a tier");
            }

            var name = string.IsNullOrWhiteSpace(entry.Name) ? throw new InvalidDataException($"{Where("name")}: required") : entry.Name;
            dates.Add(new SensitiveDate(day.Month, day.Day, name, entry.Category, tier, [.. (entry.Terms ?? []).Select(t => new Phrase(t))]));
        }

        return new SensitiveDateCalendar(dates);
    }
}
