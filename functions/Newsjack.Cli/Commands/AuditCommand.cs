using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Azure;
using Newsjack.Azure.Approvals;
using Newsjack.Cli.Configuration;
using Newsjack.Core.Approvals;
using Newsjack.Core.Serialization;

namespace Newsjack.Cli.Commands;

/// <summary>`newsjack audit`: a brand's audit trail from storage, oldest first (decisions, refusals, publishing, expiry).</summary>
internal sealed class AuditCommand : ICliCommand
{
    private readonly Option<string?> _settings = CliOptions.Settings();
    private readonly Option<string> _brand = CliOptions.Required("--brand", "ID", "brand id, as in its profile");
    private readonly Option<DateTimeOffset?> _since = CliOptions.Time("--since", "only entries at or after this time");
    private readonly Option<string> _format = CliOptions.Format("table", "json");

    public string Name => "audit";

    public string Usage => "audit --brand ID [--since T] [--format table|json] [--settings FILE]   who decided, published or was refused, when and from where";

    public IReadOnlyList<Symbol> Symbols => [_brand, _since, _format, _settings];

    public async Task<int> RunAsync(ParseResult parse, CliConsole console, CancellationToken cancellationToken)
    {
        await using var services = CliServices.Build(CliConfiguration.Build(parse.GetValue(_settings)));
        IReadOnlyList<AuditEntry> entries;
        try
        {
            entries = await CliServices.Get<AuditStore>(services).ReadAsync(parse.GetValue(_brand)!, parse.GetValue(_since), cancellationToken);
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException)
        {
            throw new CliUsageException($"cannot read the audit from storage: {ex.Message}");
        }

        if (parse.GetValue(_format) == "json")
        {
            await console.Out.WriteLineAsync(JsonSerializer.Serialize(entries, NewsjackJsonContext.Default.IReadOnlyListAuditEntry));
        }
        else
        {
            WriteTable(console.Out, entries);
        }

        return 0;
    }

    private static void WriteTable(TextWriter output, IReadOnlyList<AuditEntry> entries)
    {
        if (entries.Count == 0)
        {
            output.WriteLine("No audit entries for this brand in that period.");
            return;
        }

        output.WriteLine($"{"AT",-20}  {"ACTION",-14}  {"ACTOR",-28}  {"CARD",-18}  {"CLIENT",-15}  DETAIL");
        foreach (var e in entries)
        {
            var action = JsonSerializer.Serialize(e.Action, NewsjackJsonContext.Default.AuditAction).Trim('"');
            var detail = (e.Detail ?? "").ReplaceLineEndings(" ");
            output.WriteLine($"{e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),-20}  {action,-14}  {e.Actor,-28}  {e.CardId,-18}  {e.ClientAddress ?? "-",-15}  {(detail.Length > 80 ? detail[..80] + "…" : detail)}");
        }
    }
}
