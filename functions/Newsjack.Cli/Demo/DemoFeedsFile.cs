using System.Text.Json.Nodes;

namespace Newsjack.Cli.Demo;

/// <summary>
/// Writes the demo's feeds file: `samples/feeds.json` with each feed URL moved onto the local sample server
/// (same path, so `/feeds/coastline-radio.xml`, which has no file, stays broken on purpose).
/// </summary>
public static class DemoFeedsFile
{
    public static async Task<string> WriteAsync(string samplesFeedsFile, Uri server, string folder, CancellationToken cancellationToken)
    {
        var root = JsonNode.Parse(await File.ReadAllTextAsync(samplesFeedsFile, cancellationToken))
            ?? throw new CliUsageException($"{samplesFeedsFile}: empty");
        foreach (var feed in root["feeds"]?.AsArray() ?? [])
        {
            var url = new Uri(feed?["url"]?.GetValue<string>() ?? throw new CliUsageException($"{samplesFeedsFile}: a feed has no url"));
            feed!["url"] = new Uri(server, url.PathAndQuery).ToString();
        }

        var path = Path.Combine(folder, "feeds.json");
        await File.WriteAllTextAsync(path, root.ToJsonString(), cancellationToken);
        return path;
    }
}
