using Newsjack.Cli;
using Newsjack.Cli.Configuration;

namespace Newsjack.Integration.Tests.LocalHost;

public sealed class LocalSettingsFileTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"nj-settings-{Guid.NewGuid():N}.json");

    [Fact]
    public void Values_become_configuration_keys_with_double_underscore_as_section_separator()
    {
        File.WriteAllText(_path, """
            { "IsEncrypted": false,
              "Values": { "Storage__ConnectionString": "UseDevelopmentStorage=true", "NEWS_POLL_SCHEDULE": "0 */5 * * * *", "LocalHost__MaxDequeueCount": "3" },
              "Host": { "LocalHttpPort": 7071 } }
            """);

        var settings = LocalSettingsFile.Load(_path);

        Assert.Equal("UseDevelopmentStorage=true", settings["Storage:ConnectionString"]);
        Assert.Equal("0 */5 * * * *", settings["NEWS_POLL_SCHEDULE"]);
        Assert.Equal("3", settings["LocalHost:MaxDequeueCount"]);
    }

    [Fact]
    public void Broken_json_is_reported_with_file_and_line()
    {
        File.WriteAllText(_path, "{\n  \"Values\": {\n    \"A\": \"1\",,\n  }\n}");

        var error = Assert.Throws<CliUsageException>(() => LocalSettingsFile.Load(_path));

        Assert.Contains(_path, error.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_value_is_rejected_naming_the_key()
    {
        File.WriteAllText(_path, """{ "Values": { "Storage": { "Prefix": "nj" } } }""");

        var error = Assert.Throws<CliUsageException>(() => LocalSettingsFile.Load(_path));

        Assert.Contains("Values.Storage", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(_path);
}
