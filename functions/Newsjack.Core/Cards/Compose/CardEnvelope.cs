using System.Text;
using System.Text.Json.Nodes;

namespace Newsjack.Core.Cards.Compose;

/// <summary>
/// The Teams Workflows webhook envelope around one card, and its size as sent (UTF-8). Teams documents 28 KB per
/// message and has refused less; our budget is 20 KB for the whole envelope.
/// </summary>
public static class CardEnvelope
{
    public const int MaxBytes = 20 * 1024;
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static JsonObject Wrap(JsonObject card) => new()
    {
        ["type"] = "message",
        ["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = ContentType,
            ["contentUrl"] = null,
            ["content"] = card,
        }),
    };

    public static int Bytes(string json) => Encoding.UTF8.GetByteCount(json);
}
