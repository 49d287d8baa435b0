namespace Newsjack.Cli.Demo;

/// <summary>
/// Finds the checkout the CLI runs from (for `samples/` and `node_modules/.bin/azurite`): `NEWSJACK_ROOT`,
/// set by the `./newsjack` script, else the nearest folder above the binary that holds `samples/feeds.json`.
/// </summary>
public static class RepositoryRoot
{
    public static string Find(string? configuredRoot)
    {
        if (!string.IsNullOrEmpty(configuredRoot))
        {
            return IsRoot(configuredRoot)
                ? configuredRoot
                : throw new CliUsageException($"NEWSJACK_ROOT={configuredRoot} has no samples/feeds.json; run ./newsjack from a Newsjack checkout");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (IsRoot(dir.FullName))
            {
                return dir.FullName;
            }
        }

        throw new CliUsageException("cannot find the Newsjack checkout (samples/feeds.json); run ./newsjack demo from the repository");
    }

    private static bool IsRoot(string path) => File.Exists(Path.Combine(path, "samples", "feeds.json"));
}
