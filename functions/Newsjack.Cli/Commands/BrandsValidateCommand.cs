using System.CommandLine;
using Newsjack.Core.Brands;

namespace Newsjack.Cli.Commands;

/// <summary>
/// `newsjack brands validate FILE|DIR...`: checks brand profiles; a folder means every `*.json` in it.
/// Exit 0 when all are valid, 1 when some are invalid (each error names file, field, problem), 2 when a path is unreadable.
/// </summary>
internal sealed class BrandsValidateCommand : ICliCommand
{
    private readonly Argument<string[]> _paths = CliOptions.Many("FILE|DIR", "brand profile files, or folders of *.json");

    public string Name => "brands validate";

    public string Usage => "brands validate FILE|DIR...   check brand profile files (errors name file, field, problem)";

    public IReadOnlyList<Symbol> Symbols => [_paths];

    public Task<int> RunAsync(ParseResult parse, CliConsole console, CancellationToken cancellationToken)
    {
        var paths = parse.GetRequiredValue(_paths);
        var files = paths.SelectMany(Expand).ToList();
        if (files.Count == 0)
        {
            throw new CliUsageException($"no *.json brand files in {string.Join(", ", paths)}");
        }

        foreach (var file in files.Where(f => !File.Exists(f)))
        {
            throw new CliUsageException($"{file}: no such file");
        }

        BrandCatalog catalog;
        try
        {
            catalog = BrandCatalog.Load(files.Select(f => (f, (Func<Stream>)(() => File.OpenRead(f)))));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot read: {ex.Message}");
        }

        foreach (var result in catalog.Results)
        {
            foreach (var warning in result.Warnings)
            {
                console.Error.WriteLine($"warning: {warning}");
            }

            if (result.Ok)
            {
                console.Out.WriteLine($"{result.File}: ok ({result.Profile!.Id})");
            }

            foreach (var error in result.Errors)
            {
                console.Out.WriteLine(error.ToString());
            }
        }

        var invalid = catalog.Results.Count(r => !r.Ok);
        console.Out.WriteLine($"{catalog.Results.Count - invalid} valid, {invalid} invalid");
        return Task.FromResult(invalid == 0 ? 0 : 1);
    }

    private static IEnumerable<string> Expand(string path) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.json").Order(StringComparer.Ordinal)
            : [path];
}
