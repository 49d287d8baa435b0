using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Newsjack.Azure.Embeddings;

/// <summary>Source-generated serialization for the embeddings request body.</summary>
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class EmbeddingsJsonContext : JsonSerializerContext;
