using System.Text.Json;

namespace Newsjack.Cli.Configuration;

/// <summary>
/// Reads a settings file in the Functions `local.settings.json` format: a flat <c>"Values"</c> object of strings,
/// nested keys written <c>Section__Key</c>. Returns configuration keys (<c>Section:Key</c>); anything wrong names the file.
/// </summary>
public static class LocalSettingsFile
{
    public static IReadOnlyDictionary<string, string?> Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"{path}: cannot read the settings file: {ex.Message}");
        }

        return Parse(json, path);
    }

    public static IReadOnlyDictionary<string, string?> Parse(string json, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("Values", out var values)
                || values.ValueKind != JsonValueKind.Object)
            {
                throw new CliUsageException($"{path}: expected an object with a \"Values\" object (local.settings.json format)");
            }

            var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var value in values.EnumerateObject())
            {
                settings[value.Name.Replace("__", ":", StringComparison.Ordinal)] = value.Value.ValueKind switch
                {
                    JsonValueKind.String => value.Value.GetString(),
                    JsonValueKind.Null => null,
                    _ => throw new CliUsageException($"{path}: Values.{value.Name}: expected a string (every value is a string in this format)"),
                };
            }

            return settings;
        }
        catch (JsonException ex)
        {
            throw new CliUsageException($"{path}: line {(ex.LineNumber ?? 0) + 1}: invalid JSON: {ex.Message}");
        }
    }
}
