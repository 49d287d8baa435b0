using System.Text.Json.Nodes;

namespace Newsjack.Integration.Tests.Scoring.Language;

/// <summary>One request the fake service received: when (since start), with which key, and its body.</summary>
internal sealed record LanguageHit(TimeSpan At, string? Key, string? ApiVersion, string? Kind, JsonNode? Body)
{
    public IReadOnlyList<JsonNode> Documents => Body?["analysisInput"]?["documents"]?.AsArray().Select(d => d!).ToArray() ?? [];
}
