namespace Newsjack.Core.Cards.Delivery;

/// <summary>
/// What one post to a Teams webhook came to, after the client's own retries: accepted (any 2xx; Workflows answers
/// 202 with an empty body, which proves only that the flow queued it), refused for good (4xx other than 429:
/// bad URL, deleted flow, bad payload; the body is kept), or failed for now (429, 5xx, timeout, no connection).
/// </summary>
public sealed record TeamsPostResult(TeamsPostOutcome Outcome, int? Status, string Detail)
{
    public static TeamsPostResult Accepted(int status) => new(TeamsPostOutcome.Accepted, status, $"HTTP {status}");
}
