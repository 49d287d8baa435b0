using System.Text.Json;
using Newsjack.Core.Brands.Json;

namespace Newsjack.Core.Brands;

/// <summary>
/// Reads one brand file from a stream handed in and validates it. Malformed JSON or a wrong type stops at the
/// first such error (with its line); otherwise every field problem is reported at once.
/// </summary>
public static class BrandProfileLoader
{
    public static BrandLoadResult Load(Stream content, string file)
    {
        ArgumentNullException.ThrowIfNull(content);
        BrandProfileJson? json;
        try
        {
            json = JsonSerializer.Deserialize(content, BrandProfileJsonContext.Default.BrandProfileJson);
        }
        catch (JsonException ex)
        {
            return Failed(file, FieldOf(ex.Path), Describe(ex));
        }

        if (json is null)
        {
            return Failed(file, "$", "the file holds `null`, not a brand object");
        }

        var errors = new List<BrandValidationError>();
        var profile = BrandProfileValidator.Validate(json, file, errors);
        var warnings = json.Unknown?.Keys.Order(StringComparer.Ordinal)
            .Select(k => new BrandValidationError(file, k, "unknown field, ignored (a typo?)")).ToList() ?? [];
        return new BrandLoadResult(file, errors.Count == 0 ? profile : null, errors) { Warnings = warnings };
    }

    private static BrandLoadResult Failed(string file, string field, string problem) =>
        new(file, null, [new BrandValidationError(file, field, problem)]);

    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static string Describe(JsonException ex)
    {
        var where = ex.LineNumber is { } line ? $"line {line + 1}: " : "";
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return where + (cut > 0 ? message[..cut] : message);
    }
}
