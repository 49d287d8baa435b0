namespace Newsjack.Core.Scoring.Analysis;

/// <summary>Sentiment label with the confidence of each polarity (the three sum to about 1).</summary>
public sealed record DocumentSentiment(SentimentLabel Label, double Positive, double Neutral, double Negative);
