using System.CommandLine;
using System.Text.Json;
using Newsjack.Cli;
using static Newsjack.Integration.Tests.Cli.CliRun;

namespace Newsjack.Integration.Tests.Cli;

/// <summary>What every command shares through System.CommandLine: `--help`, the `help` listing and usage errors (exit 2).</summary>
public sealed class CliUsageTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Scoring");

    public static TheoryData<string> CommandNames() => [.. CliCommands.Create().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CommandNames))]
    public async Task Every_command_answers_help_with_its_usage_and_every_option(string name)
    {
        var command = CliCommands.Create().Single(c => c.Name == name);

        var (code, stdout, stderr) = await RunAsync([.. name.Split(' '), "--help"]);

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.Contains($"newsjack {name}", stdout, StringComparison.Ordinal);
        foreach (var option in command.Symbols.OfType<Option>())
        {
            Assert.Contains(option.Name, stdout, StringComparison.Ordinal);
            Assert.Contains(option.Description!, stdout, StringComparison.Ordinal);
        }

        foreach (var argument in command.Symbols.OfType<Argument>())
        {
            Assert.Contains($"<{argument.Name}>", stdout, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public async Task Help_before_a_command_name_is_the_same_as_help_after_it(string name)
    {
        var after = await RunAsync([.. name.Split(' '), "--help"]);

        var before = await RunAsync(["help", .. name.Split(' ')]);

        Assert.Equal(0, before.Code);
        Assert.Equal(after.Stdout, before.Stdout);
    }

    [Fact]
    public async Task Help_lists_every_command_with_its_usage_line()
    {
        var (code, stdout, _) = await RunAsync(["help"]);

        Assert.Equal(0, code);
        foreach (var command in CliCommands.Create())
        {
            Assert.Contains($"  {command.Usage}\n", stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task No_arguments_prints_the_listing_and_exits_2()
    {
        var (code, stdout, _) = await RunAsync([]);

        Assert.Equal(2, code);
        Assert.Contains("Exit codes:", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "frobnicate" }, "unknown command 'frobnicate'")]
    [InlineData(new[] { "feeds", "frob" }, "unknown command 'feeds frob'")]
    [InlineData(new[] { "feeds" }, "unknown command 'feeds'")]
    public async Task An_unknown_command_exits_2_naming_it(string[] args, string message)
    {
        var (code, stdout, stderr) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "score", "--brand", "b.json", "--items", "i.jsonl", "--colour" }, "newsjack score: ", "'--colour'")]
    [InlineData(new[] { "version", "--verbose" }, "newsjack version: ", "'--verbose'")]
    [InlineData(new[] { "brands", "validate", "--bogus" }, "newsjack brands validate: ", "'--bogus'")]
    [InlineData(new[] { "score", "--items", "i.jsonl" }, "newsjack score: ", "'--brand' is required")]
    [InlineData(new[] { "score", "--brand", "b.json", "--items" }, "newsjack score: ", "'--items'")]
    [InlineData(new[] { "bench", "--posts", "10" }, "newsjack bench: ", "option --posts: '10' is not a whole number from 1000 to 5000000")]
    [InlineData(new[] { "topics", "--items", "i.jsonl", "--now", "yesterday" }, "newsjack topics: ", "option --now: 'yesterday' is not an ISO-8601 time")]
    [InlineData(new[] { "topics", "--items", "i.jsonl", "--format", "xml" }, "newsjack topics: ", "option --format: 'xml' is not one of json, text")]
    [InlineData(new[] { "eval", "--brand", "b", "--items", "i", "--labels", "l", "--group", "all" }, "newsjack eval: ", "option --group: 'all' is not one of topics, items")]
    [InlineData(new[] { "replay", "f.jsonl", "--to", "http://127.0.0.1:1/", "--retime-to", "soon" }, "newsjack replay: ", "option --retime-to: 'soon' is not 'now' or an ISO-8601 time")]
    [InlineData(new[] { "demo", "--once=yes" }, "newsjack demo: ", "'yes'")]
    [InlineData(new[] { "feeds", "check" }, "newsjack feeds check: ", "Required argument missing")]
    public async Task A_bad_option_or_value_exits_2_before_running_with_a_message_naming_it(string[] args, string prefix, string message)
    {
        var (code, stdout, stderr) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.StartsWith(prefix, stderr, StringComparison.Ordinal);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.Contains($"Run '{prefix.TrimEnd(' ', ':')} --help'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_take_their_value_after_an_equals_sign_too()
    {
        var items = Path.Combine(Fixtures, "items.jsonl");

        var spaced = await RunAsync(["topics", "--items", items, "--now", "2026-02-03T15:00:00Z"]);
        var joined = await RunAsync(["topics", $"--items={items}", "--now=2026-02-03T15:00:00Z"]);

        Assert.Equal(0, joined.Code);
        Assert.Equal(spaced.Stdout, joined.Stdout);
    }

    [Fact]
    public async Task A_piped_score_prints_only_its_json_and_no_progress()
    {
        var (code, stdout, stderr) = await RunAsync(["score", "--brand", Path.Combine(Fixtures, "snapwell-snacks.json"),
            "--items", Path.Combine(Fixtures, "items.jsonl"), "--buzz", Path.Combine(Fixtures, "buzz.jsonl"), "--now", "2026-02-03T15:00:00Z", "--format", "json"]);

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        using var report = JsonDocument.Parse(stdout);
        Assert.Equal("snapwell-snacks", report.RootElement.GetProperty("brand").GetString());
    }
}
