using System.Globalization;
using System.Text.Json;

namespace Newsjack.Cli.Configuration;

/// <summary>
/// Reads a settings file in the Functions `local.settings.json` format: the flat `Values` object, where a
/// nested options key is written `Section__Key`. Returns configuration keys (`Section:Key`).
/// </summary>
public static class LocalSettingsFile
{
    public static IReadOnlyDictionary<string, string?> Read(string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"settings file {path}: {ex.Message}");
        }
        catch (JsonException ex)
        {
            throw new CliUsageException($"settings file {path}: line {ex.LineNumber + 1}: not valid JSON ({ex.Message})");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("Values", out var values)
                || values.ValueKind != JsonValueKind.Object)
            {
                throw new CliUsageException($"settings file {path}: expected an object with a \"Values\" object, as in local.settings.json");
            }

            return values.EnumerateObject().ToDictionary(
                p => p.Name.Replace("__", ":", StringComparison.Ordinal),
                p => ValueText(path, p),
                StringComparer.OrdinalIgnoreCase);
        }
    }

    private static string? ValueText(string path, JsonProperty property) => property.Value.ValueKind switch
    {
        JsonValueKind.String => property.Value.GetString(),
        JsonValueKind.Number => property.Value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => property.Value.GetBoolean().ToString(CultureInfo.InvariantCulture).ToLowerInvariant(),
        JsonValueKind.Null => null,
        _ => throw new CliUsageException($"settings file {path}: Values.{property.Name}: must be a string, not {property.Value.ValueKind.ToString().ToLowerInvariant()}"),
    };
}
