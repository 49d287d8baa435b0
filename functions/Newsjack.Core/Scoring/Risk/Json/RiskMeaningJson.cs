namespace Newsjack.Core.Scoring.Risk.Json;

/// <summary>
/// The risk-meaning classifier as stored (`Risk/Meaning/risk-meaning.json`, written by `newsjack risk-model train`):
/// a softmax layer over sentence embeddings of the named model, one weight row and bias per class, and how it scored
/// on held-out templates when it was trained.
/// </summary>
public sealed record RiskMeaningJson(
    string? EmbeddingModel,
    int Dimensions,
    IReadOnlyList<string>? Classes,
    IReadOnlyList<float[]>? Weights,
    IReadOnlyList<float>? Bias,
    string? TrainedOn,
    double? HeldOutAccuracy);
