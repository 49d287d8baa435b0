using System.Text.Json.Serialization.Metadata;
using Newsjack.Cli.Progress;
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

    /// <summary>One JSON object per line; with <paramref name="progress"/> live, a step shows the bytes read.</summary>
    public static IReadOnlyList<T> Lines<T>(string path, JsonTypeInfo<T> typeInfo, CliProgress? progress = null) =>
        Open(path, stream => JsonLines.Read(stream, typeInfo, path), progress);

    /// <summary>The lines of a text file (read whole: labelled sets are small).</summary>
    public static IReadOnlyList<string> TextLines(string path) =>
        Open(path, stream => new StreamReader(stream).ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList());

    private static T Open<T>(string path, Func<Stream, T> read, CliProgress? progress = null)
    {
        try
        {
            using var file = File.OpenRead(path);
            using var stream = progress is { IsLive: true } ? new ProgressStream(file, progress.Step($"reading {path}", file.Length)) : (Stream)file;
            return read(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new CliUsageException(ex is InvalidDataException ? ex.Message : $"{path}: cannot read ({ex.Message})");
        }
    }
}
