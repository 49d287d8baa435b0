using System.Text.Json.Serialization;

namespace Newsjack.Azure.Cards;

/// <summary>Queue payloads of the cards stage, shared by producer and consumer.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SuggestionMessage))]
internal sealed partial class CardsJsonContext : JsonSerializerContext;
