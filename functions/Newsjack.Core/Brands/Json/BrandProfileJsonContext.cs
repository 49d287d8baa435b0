using System.Text.Json.Serialization;

namespace Newsjack.Core.Brands.Json;

/// <summary>
/// The brand profile file (contract "Brand profile"), read only by <see cref="BrandProfileLoader"/>. Kept out of
/// NewsjackJsonContext, which lists the payloads of every stage: Brands reading through it would import all of them.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BrandProfileJson))]
internal sealed partial class BrandProfileJsonContext : JsonSerializerContext;
