using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsjack.Core.Brands;
using Newsjack.Core.Cards.Drafts;
using Newsjack.Core.Scoring.Decisions;

namespace Newsjack.Azure.Cards;

/// <summary>
/// Drafts by the chat model (<see cref="IChatClient"/>, Azure OpenAI in production) for one card
/// (<see cref="ChatDraftPrompt"/>). An error, a 429, a timeout or an answer off the format gives no drafts, and the
/// card goes out with its template drafts; whatever comes back is risk-checked with them (<see cref="DraftSafety"/>).
/// </summary>
public sealed class ChatDrafts(IChatClient chat, IOptions<DraftingOptions> options, ILogger<ChatDrafts> logger)
{
    private static readonly ChatOptions Format = new() { Temperature = 0.7f, MaxOutputTokens = 600, ResponseFormat = ChatResponseFormat.Json };

    public async Task<IReadOnlyList<DraftPost>> WriteAsync(BrandProfile brand, TopicScore score, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(score);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
        try
        {
            var response = await chat.GetResponseAsync(ChatDraftPrompt.Messages(brand, score.Subject), Format, timeout.Token).ConfigureAwait(false);
            var drafts = ChatDraftPrompt.Parse(response.Text);
            CardsLog.ChatDrafts(logger, score.Subject.Id, drafts.Count);
            return drafts;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            CardsLog.ChatDraftsFailed(logger, score.Subject.Id, $"no answer within {options.Value.TimeoutSeconds} s");
            return [];
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception's type only: messages of HTTP clients can carry the endpoint.
            CardsLog.ChatDraftsFailed(logger, score.Subject.Id, ex.GetType().Name);
            return [];
        }
    }
}
