using System.CommandLine;
using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Newsjack.Cli.Configuration;
using Newsjack.Core.Cards;
using Newsjack.Core.Cards.Drafts;
using Newsjack.Core.Cards.Links;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Serialization;

namespace Newsjack.Cli.Commands;

/// <summary>
/// `newsjack cards`: the Teams webhook envelopes the pipeline would send for one brand (contract output), so a
/// brand team can preview cards before connecting Teams. Scored by the one <see cref="ScoringPass"/> `score` and the stored job run (risk by meaning included; stateless: no card
/// history, so the gate sees none), composed and draft-checked by the pipeline's own <see cref="SuggestionCards"/>.
/// Nothing is sent or stored. Links use `CardLinks__*` when set (environment or `--settings`); otherwise they point
/// at `func start`'s default address and are signed with a throwaway key, and stderr says so.
/// </summary>
internal sealed class CardsCommand : ICliCommand
{
    private const string PreviewBaseUrl = "http://localhost:7071/";

    private readonly Option<string> _brand = CliOptions.Required("--brand", "F", "brand profile (JSON)");
    private readonly Option<string> _items = CliOptions.Required("--items", "F.jsonl", "news items, one NewsItem JSON object per line");
    private readonly Option<string?> _buzz = CliOptions.Optional("--buzz", "F.jsonl", "buzz posts, one BuzzPost JSON object per line");
    private readonly Option<DateTimeOffset?> _now = CliOptions.Time("--now", "the clock to judge by (default: the current time)");
    private readonly Option<string> _embeddings = CliOptions.OneOf("--embeddings", "sentence embeddings for relevance: the local model (default), azure (needs Embeddings__* settings) or none", "local", "azure", "none");
    private readonly Option<string> _meaning = CliOptions.OneOf("--meaning", "risk by meaning, as score applies it: the local classifier over sentence embeddings (default) or none (lexicon and story context only)", "local", "none");
    private readonly Option<string?> _settings = CliOptions.Settings("settings file (local.settings.json format) for CardLinks__* and Embeddings__*; environment variables apply too");
    private readonly Option<string> _format = CliOptions.Format("json");

    public string Name => "cards";

    public string Usage => "cards --brand F --items F.jsonl [--buzz F.jsonl] [--now T] [--embeddings local|azure|none] [--meaning local|none] [--settings FILE] --format json   the Teams envelopes the pipeline would send, without sending";

    public IReadOnlyList<Symbol> Symbols => [_brand, _items, _buzz, _now, _embeddings, _meaning, _settings, _format];

    public async Task<int> RunAsync(ParseResult parse, CliConsole console, CancellationToken cancellationToken)
    {
        var now = parse.GetValue(_now) ?? TimeProvider.System.GetUtcNow();
        var settings = parse.GetValue(_settings);
        var links = LinkOptions(CliConfiguration.Build(settings), out var preview);
        var brand = ScoringInputs.Brand(parse.GetRequiredValue(_brand));
        var items = ScoringInputs.Lines(parse.GetRequiredValue(_items), NewsjackJsonContext.Default.NewsItem);
        var posts = parse.GetValue(_buzz) is { } buzz ? ScoringInputs.Lines(buzz, NewsjackJsonContext.Default.BuzzPost) : [];

        var (topics, judged) = await ScoreEmbeddings.ScoreAsync(
            parse.GetValue(_embeddings) ?? "local", parse.GetValue(_meaning) ?? "local", settings, brand, items, posts, now, cancellationToken);
        var composer = new SuggestionCards(DraftSafety.Default, new CardLinkSigner(Options.Create(links), new FixedClock(now)));
        var topicsById = topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var itemsById = items.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var envelopes = new List<string>();
        foreach (var score in judged.Scores.LetThrough)
        {
            var topic = CardTopic.From(score.Subject, topicsById.GetValueOrDefault(score.Subject.Id), itemsById);
            var outcome = composer.Build(CardIds.For(brand.Id, score.Subject.Id, 0), brand, score, topic, new Uri(links.BaseUrl!), now);
            if (outcome.Card is { } card)
            {
                envelopes.Add(card.EnvelopeJson);
            }
            else
            {
                await console.Error.WriteLineAsync($"cards: no card for '{score.Subject.Label}': {outcome.NotSentReason}".AsMemory(), cancellationToken);
            }
        }

        if (preview)
        {
            await console.Error.WriteLineAsync($"cards: CardLinks__CurrentKey is not set: links point at {links.BaseUrl} and are signed with a throwaway key (preview only)".AsMemory(), cancellationToken);
        }

        await console.Out.WriteLineAsync(("[" + string.Join(",", envelopes) + "]").AsMemory(), cancellationToken);
        return 0;
    }

    /// <summary>The configured link settings, validated as the hosts validate them; a throwaway key and `func start`'s address when unset.</summary>
    private static CardLinkOptions LinkOptions(IConfiguration configuration, out bool preview)
    {
        var links = new CardLinkOptions();
        configuration.GetSection(CardLinkOptions.SectionName).Bind(links);
        preview = !links.HasKey;
        if (preview)
        {
            links.CurrentKeyId = "preview";
            links.CurrentKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(CardLinkOptions.MinKeyBytes));
        }

        links.BaseUrl ??= PreviewBaseUrl;
        var problems = new List<ValidationResult>();
        if (!Validator.TryValidateObject(links, new ValidationContext(links), problems, validateAllProperties: true))
        {
            throw new CliUsageException(string.Join("; ", problems.Select(p => p.ErrorMessage)));
        }

        return links;
    }
}
