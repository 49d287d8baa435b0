using System.Text;
using System.Text.Json;
using Newsjack.Core.Cards.Compose;

namespace Newsjack.Core.Cards.Delivery;

/// <summary>
/// Checks a webhook body the way the Teams Workflows "post card" flow reads it: JSON, `type` "message", an
/// `attachments` array, each with contentType `application/vnd.microsoft.card.adaptive` and a `content` whose
/// `type` is "AdaptiveCard", and the size under Teams' limit. The first problem is returned (null: acceptable).
/// </summary>
public static class WorkflowsEnvelopeCheck
{
    /// <summary>Teams' documented per-message limit (our own budget is <see cref="CardEnvelope.MaxBytes"/>).</summary>
    public const int TeamsMaxBytes = 28 * 1024;

    public static string? Problem(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var bytes = Encoding.UTF8.GetByteCount(body);
        if (bytes > TeamsMaxBytes)
        {
            return $"message is {bytes} bytes; Teams accepts at most {TeamsMaxBytes}";
        }

        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "message")
            {
                return "property 'type' must be 'message'";
            }

            if (!root.TryGetProperty("attachments", out var attachments) || attachments.ValueKind != JsonValueKind.Array)
            {
                return "'attachments' must be an array (the flow's foreach over attachments gets Null)";
            }

            var index = 0;
            foreach (var attachment in attachments.EnumerateArray())
            {
                if (attachment.ValueKind != JsonValueKind.Object
                    || !attachment.TryGetProperty("contentType", out var contentType) || contentType.ValueKind != JsonValueKind.String
                    || contentType.GetString() != CardEnvelope.ContentType)
                {
                    return $"attachments[{index}].contentType must be '{CardEnvelope.ContentType}'";
                }

                if (!attachment.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.Object
                    || !content.TryGetProperty("type", out var cardType) || cardType.ValueKind != JsonValueKind.String || cardType.GetString() != "AdaptiveCard")
                {
                    return $"attachments[{index}].content: property 'type' must be 'AdaptiveCard'";
                }

                index++;
            }

            return index == 0 ? "'attachments' is empty: nothing to post" : null;
        }
        catch (JsonException ex)
        {
            return $"body is not JSON: {ex.Message}";
        }
    }
}
