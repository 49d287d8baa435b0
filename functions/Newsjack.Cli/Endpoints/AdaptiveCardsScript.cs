namespace Newsjack.Cli.Endpoints;

/// <summary>
/// Where the official `adaptivecards` renderer (npm, pinned in package.json) is on this machine:
/// `LocalHost:AdaptiveCardsScript` when set, else `node_modules/adaptivecards/dist/adaptivecards.min.js` in the
/// checkout (`NEWSJACK_ROOT`, or the nearest folder above the binary or the working directory that has it). The
/// package's own stylesheet (`adaptivecards.css`) sits beside it.
/// </summary>
public static class AdaptiveCardsScript
{
    private static readonly string RelativePath = Path.Combine("node_modules", "adaptivecards", "dist", "adaptivecards.min.js");

    public static string? Find(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        foreach (var start in new[] { Environment.GetEnvironmentVariable("NEWSJACK_ROOT"), AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var path = Path.Combine(dir.FullName, RelativePath);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }

    /// <summary>The official stylesheet beside the renderer script (buttons, anchors, inputs as the renderer's classes expect), when present.</summary>
    public static string? FindStyleSheet(string? configured) =>
        Find(configured) is { } script && Path.Combine(Path.GetDirectoryName(script)!, "adaptivecards.css") is var css && File.Exists(css) ? css : null;
}
