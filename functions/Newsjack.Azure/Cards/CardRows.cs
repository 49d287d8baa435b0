using Azure;
using Azure.Data.Tables;
using Newsjack.Core.Cards;

namespace Newsjack.Azure.Cards;

/// <summary>
/// Table `cards`: one row per card, PartitionKey = card id (links carry only the id, so every lookup is a point
/// read), RowKey `card`. The state is stored by name, so new states need no migration.
/// </summary>
internal static class CardRows
{
    public const string RowKey = "card";

    public static TableEntity ToEntity(SuggestionCard card) => new(card.Id, RowKey)
    {
        ["BrandId"] = card.BrandId,
        ["TopicId"] = card.TopicId,
        ["TopicLabel"] = card.TopicLabel,
        ["Generation"] = card.Generation,
        ["Decision"] = card.Decision,
        ["MomentumSigma"] = card.MomentumSigma,
        ["Envelope"] = card.EnvelopeJson,
        ["EnvelopeBytes"] = card.EnvelopeBytes,
        ["State"] = card.State.ToString(),
        ["Attempts"] = card.Attempts,
        ["LastError"] = card.LastError,
        ["CreatedAt"] = card.CreatedAt,
        ["UpdatedAt"] = card.UpdatedAt,
        ["NotBefore"] = card.NotBefore,
        ["LeaseUntil"] = card.LeaseUntil,
        ["DeliveredAt"] = card.DeliveredAt,
        ["LinksExpireAt"] = card.LinksExpireAt,
        ["Details"] = card.DetailsJson,
        ["DecidedBy"] = card.DecidedBy,
        ["DecidedAt"] = card.DecidedAt,
        ["Reason"] = card.Reason,
        ["ChosenText"] = card.ChosenText,
        ["ChosenPlatform"] = card.ChosenPlatform,
        ["PublishedAt"] = card.PublishedAt,
        ["PublishReceipt"] = card.PublishReceipt,
        ["FollowUpStartedAt"] = card.FollowUpStartedAt,
        ["FollowUpEndedAt"] = card.FollowUpEndedAt,
        ["FollowUpOutcome"] = card.FollowUpOutcome,
        ["TraceParent"] = card.TraceParent,
        ["TraceState"] = card.TraceState,
    };

    public static SuggestionCard ToCard(TableEntity e) => new()
    {
        Id = e.PartitionKey,
        BrandId = e.GetString("BrandId"),
        TopicId = e.GetString("TopicId"),
        TopicLabel = e.GetString("TopicLabel") ?? "",
        Generation = e.GetInt32("Generation") ?? 0,
        Decision = e.GetString("Decision") ?? "suggest",
        MomentumSigma = e.GetDouble("MomentumSigma"),
        EnvelopeJson = e.GetString("Envelope") ?? "",
        EnvelopeBytes = e.GetInt32("EnvelopeBytes") ?? 0,
        State = Enum.TryParse<CardState>(e.GetString("State"), out var state) ? state : CardState.Queued,
        Attempts = e.GetInt32("Attempts") ?? 0,
        LastError = e.GetString("LastError"),
        CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        UpdatedAt = e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
        NotBefore = e.GetDateTimeOffset("NotBefore"),
        LeaseUntil = e.GetDateTimeOffset("LeaseUntil"),
        DeliveredAt = e.GetDateTimeOffset("DeliveredAt"),
        LinksExpireAt = e.GetDateTimeOffset("LinksExpireAt") ?? DateTimeOffset.MinValue,
        DetailsJson = e.GetString("Details"),
        DecidedBy = e.GetString("DecidedBy"),
        DecidedAt = e.GetDateTimeOffset("DecidedAt"),
        Reason = e.GetString("Reason"),
        ChosenText = e.GetString("ChosenText"),
        ChosenPlatform = e.GetString("ChosenPlatform"),
        PublishedAt = e.GetDateTimeOffset("PublishedAt"),
        PublishReceipt = e.GetString("PublishReceipt"),
        FollowUpStartedAt = e.GetDateTimeOffset("FollowUpStartedAt"),
        FollowUpEndedAt = e.GetDateTimeOffset("FollowUpEndedAt"),
        FollowUpOutcome = e.GetString("FollowUpOutcome"),
        TraceParent = e.GetString("TraceParent"),
        TraceState = e.GetString("TraceState"),
        ETag = e.ETag.ToString(),
    };

    public static ETag ETagOf(SuggestionCard card) =>
        card.ETag is { Length: > 0 } tag ? new ETag(tag) : throw new InvalidOperationException($"card {card.Id} was not read from the store: no ETag to guard the update");
}
