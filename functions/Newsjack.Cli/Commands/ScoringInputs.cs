using System.Text.Json.Serialization.Metadata;
using Newsjack.Core.Brands;
using Newsjack.Core.Topics;

namespace Newsjack.Cli.Commands;

/// <summary>Reads the files `score` and `eval` take; any unreadable or invalid one is a usage error naming it.</summary>
internal static class ScoringInputs
{
    public static BrandProfile Brand(string path)
    {
        var result = Open(path, stream => BrandProfileLoader.Load(stream, path));
        return result.Profile ?? throw new CliUsageException(string.Join("; ", result.Errors));
    }

    public static IReadOnlyList<T> Lines<T>(string path, JsonTypeInfo<T> typeInfo) =>
        Open(path, stream => JsonLines.Read(stream, typeInfo, path));

    /// <summary>The lines of a text file (read whole: labelled sets are small).</summary>
    public static IReadOnlyList<string> TextLines(string path) =>
        Open(path, stream => new StreamReader(stream).ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList());

    private static T Open<T>(string path, Func<Stream, T> read)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return read(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new CliUsageException(ex is InvalidDataException ? ex.Message : $"{path}: cannot read ({ex.Message})");
        }
    }
}
