using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Newsjack.Core.News.Feeds;
using Newsjack.Core.News.Feeds.Output;
using Newsjack.Core.Serialization;

namespace Newsjack.Cli.Commands;

/// <summary>
/// `newsjack feeds parse FILE... --format json`: parses each file and prints the contract's JSON array, one element
/// per file in order. An unreadable or broken file becomes an `ok: false` element; it never stops the others.
/// </summary>
internal sealed class FeedsParseCommand : ICliCommand
{
    private static readonly NewsjackJsonContext Json = new(new JsonSerializerOptions(NewsjackJsonContext.Default.Options)
    {
        // Feed text is shown to people: keep non-ASCII readable instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private readonly Argument<string[]> _files = CliOptions.Many("FILE", "feed files (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed)");
    private readonly Option<string> _format = CliOptions.Format("json");

    public string Name => "feeds parse";

    public string Usage => "feeds parse FILE... [--format json]  parse RSS/Atom/JSON feeds to the contract's JSON";

    public IReadOnlyList<Symbol> Symbols => [_files, _format];

    public async Task<int> RunAsync(ParseResult parse, CliConsole console, CancellationToken cancellationToken)
    {
        var files = parse.GetRequiredValue(_files);
        await console.Out.WriteAsync("[");
        for (var i = 0; i < files.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = files[i];
            var element = await ParseFileAsync(file, cancellationToken);
            await console.Out.WriteAsync(i == 0 ? "\n  " : ",\n  ");
            await console.Out.WriteAsync(JsonSerializer.Serialize(element, Json.FeedParseOutput));
        }

        await console.Out.WriteLineAsync("\n]");
        await console.Out.FlushAsync(cancellationToken);
        return 0;
    }

    private static async Task<FeedParseOutput> ParseFileAsync(string file, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return FeedParseOutput.Failed(file, $"{file}: cannot read the file: {ex.Message}");
        }

        try
        {
            return FeedParseOutput.From(file, FeedParser.Parse(bytes));
        }
#pragma warning disable CA1031 // One bad file must never stop the others: any parser fault becomes that file's error.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return FeedParseOutput.Failed(file, $"{file}: parser fault: {ex.GetType().Name}: {ex.Message}");
        }
    }
}
