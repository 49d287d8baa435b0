using System.Globalization;
using Newsjack.Cli;

namespace Newsjack.Integration.Tests.LocalHost;

public sealed class ServeCommandTests : IDisposable
{
    private readonly string _settings = Path.Combine(Path.GetTempPath(), $"nj-serve-{Guid.NewGuid():N}.json");
    private readonly StringWriter _stdout = new(CultureInfo.InvariantCulture);
    private readonly StringWriter _stderr = new(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Serve_with_a_missing_settings_file_exits_2_naming_the_file()
    {
        var exit = await CliApp.RunAsync(["serve", "--settings", _settings], _stdout, _stderr);

        Assert.Equal(2, exit);
        Assert.Contains(_settings, _stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_without_storage_settings_exits_2_saying_which_setting_is_needed()
    {
        File.WriteAllText(_settings, """{ "Values": { "Storage__Prefix": "servetest" } }""");

        var exit = await CliApp.RunAsync(["serve", "--settings", _settings, "--urls", "http://127.0.0.1:0"], _stdout, _stderr);

        Assert.Equal(2, exit);
        Assert.Contains("Storage:ConnectionString", _stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_with_a_five_field_schedule_exits_2_naming_the_schedule_setting()
    {
        File.WriteAllText(_settings, """
            { "Values": {
                "Storage__ConnectionString": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;QueueEndpoint=http://127.0.0.1:1/devstoreaccount1;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;",
                "NEWS_POLL_SCHEDULE": "*/5 * * * *" } }
            """);

        var exit = await CliApp.RunAsync(["serve", "--settings", _settings, "--urls", "http://127.0.0.1:0"], _stdout, _stderr);

        Assert.Equal(2, exit);
        Assert.Contains("NEWS_POLL_SCHEDULE", _stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("6-field NCRONTAB", _stderr.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        File.Delete(_settings);
        _stdout.Dispose();
        _stderr.Dispose();
    }
}
