using Newsjack.Azure.Storage;
using Newsjack.Cli.Demo;

namespace Newsjack.Integration.Tests.Infrastructure;

/// <summary>The CLI's <see cref="AzuriteProcess"/> as the tests start it, and a storage prefix per test.</summary>
public static class TestAzurite
{
    private static int _seq;

    /// <summary>An Azurite not started yet: the one ./test.sh installed (NEWSJACK_AZURITE), else node_modules above.</summary>
    public static AzuriteProcess Create() => new(Environment.GetEnvironmentVariable("NEWSJACK_AZURITE") ?? Find());

    public static async Task<AzuriteProcess> StartNewAsync()
    {
        var azurite = Create();
        await azurite.StartAsync(CancellationToken.None);
        return azurite;
    }

    /// <summary>Storage options with a prefix no other test uses.</summary>
    public static StorageOptions NewStorageOptions(this AzuriteProcess azurite) => new()
    {
        ConnectionString = azurite.ConnectionString,
        Prefix = $"t{Environment.ProcessId % 10000}x{Interlocked.Increment(ref _seq)}",
    };

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "node_modules", ".bin", "azurite");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Azurite not found: run ./test.sh (it runs npm ci) or set NEWSJACK_AZURITE.");
    }
}
