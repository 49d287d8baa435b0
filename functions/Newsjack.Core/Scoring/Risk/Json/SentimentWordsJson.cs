namespace Newsjack.Core.Scoring.Risk.Json;

/// <summary>The sentiment word list: word → valence from -3 to 3.</summary>
public sealed record SentimentWordsJson(Dictionary<string, int>? Words);
