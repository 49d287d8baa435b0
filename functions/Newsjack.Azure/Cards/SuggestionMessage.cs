using Newsjack.Core.Serialization;

namespace Newsjack.Azure.Cards;

/// <summary>The body of one `suggestions` queue message: which card to deliver.</summary>
public sealed record SuggestionMessage(string CardId) : TracedQueueMessage;
