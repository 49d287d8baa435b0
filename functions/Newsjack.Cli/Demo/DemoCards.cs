using System.Globalization;
using System.Text;
using Newsjack.Azure.Cards;
using Newsjack.Azure.Scoring;
using Newsjack.Cli.LocalHost;
using Newsjack.Core.Cards;

namespace Newsjack.Cli.Demo;

/// <summary>
/// The sample brands' suggestion cards since the demo started, by state, and how many reached the local Teams
/// inbox (at <see cref="InboxUrl"/>). <see cref="Settled"/> once none is still waiting to go out now.
/// </summary>
public sealed record DemoCards(int Delivered, int Held, int Failed, int Pending, int InInbox, Uri InboxUrl, IReadOnlyList<string> Problems)
{
    public bool Settled => Pending == 0;

    public static async Task<DemoCards> ReadAsync(IServiceProvider services, DateTimeOffset since, Uri inboxUrl, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<CardStore>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var cards = new List<SuggestionCard>();
        foreach (var brand in services.GetRequiredService<BrandFolder>().Brands())
        {
            cards.AddRange(await store.RecentAsync(brand.Id, since, cancellationToken));
        }

        var queued = cards.Where(c => c.State == CardState.Queued).ToList();
        var held = queued.Count(c => c.NotBefore > now.AddSeconds(5));
        var failed = cards.Where(c => c.State == CardState.DeliveryFailed).ToList();
        return new DemoCards(
            cards.Count(c => c.State is not (CardState.Queued or CardState.DeliveryFailed)),
            held,
            failed.Count,
            queued.Count - held,
            services.GetRequiredService<DevTeamsInbox>().Entries().Count(e => e.Accepted),
            inboxUrl,
            [.. failed.Select(c => $"{c.BrandId}: {c.LastError}").Concat(queued.Where(c => c.NotBefore > now.AddSeconds(5)).Select(c => $"{c.BrandId} held: {c.LastError}")).Distinct()]);
    }

    public void Format(StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text.Append(CultureInfo.InvariantCulture, $"  {"cards delivered",-20}{Delivered,6}   suggestion cards posted to the local Teams inbox\n");
        text.Append(CultureInfo.InvariantCulture, $"  {"cards held",-20}{Held,6}   quiet hours or budget: they go out when due\n");
        text.Append(CultureInfo.InvariantCulture, $"  {"cards failed",-20}{Failed,6}\n");
        foreach (var problem in Problems.Take(5))
        {
            text.Append(CultureInfo.InvariantCulture, $"    {problem}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"  {"teams inbox",-20}{InInbox,6}   {InboxUrl}\n");
    }
}
