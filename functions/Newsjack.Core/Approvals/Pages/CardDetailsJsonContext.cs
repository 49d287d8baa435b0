using System.Text.Json.Serialization;

namespace Newsjack.Core.Approvals.Pages;

/// <summary>
/// <see cref="CardDetails"/> as stored with the card record. Kept out of NewsjackJsonContext, which lists the payloads
/// of every stage: the card page reading through it would make Approvals and Serialization import each other.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CardDetails))]
internal sealed partial class CardDetailsJsonContext : JsonSerializerContext;
