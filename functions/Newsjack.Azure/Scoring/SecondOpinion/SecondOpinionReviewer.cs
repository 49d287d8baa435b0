using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newsjack.Azure.Topics;
using Newsjack.Core.Brands;
using Newsjack.Core.Scoring.Decisions;
using Newsjack.Core.Scoring.SecondOpinion;
using Newsjack.Core.Text;

namespace Newsjack.Azure.Scoring.SecondOpinion;

/// <summary>
/// Asks the chat model (<see cref="IChatClient"/>, Azure OpenAI in production) the fixed rubric for every topic about
/// to be suggested, and folds the answer in (<see cref="SecondOpinionRisk"/>: it can only raise risk). At most one
/// request per topic per window (<c>Topics:WindowHours</c>), shared by every brand, failed requests included, so a
/// struggling service is not asked again and again; an error, a timeout or an answer off the rubric leaves the
/// topic as the local scorer judged it. The memory is this process's (one scoring host).
/// </summary>
public sealed class SecondOpinionReviewer(
    IChatClient chat, IOptions<SecondOpinionOptions> options, IOptions<TopicsOptions> topics, TimeProvider time, ILogger<SecondOpinionReviewer> logger)
{
    private static readonly ChatOptions Rubric = new() { Temperature = 0, MaxOutputTokens = 200, ResponseFormat = ChatResponseFormat.Json };
    private readonly ConcurrentDictionary<string, (DateTimeOffset AskedAt, Lazy<Task<Opinion?>> Opinion)> _asked = new(StringComparer.Ordinal);

    /// <summary>The scores again, with the suggested ones judged a second time; order unchanged.</summary>
    public async Task<IReadOnlyList<TopicScore>> ReviewAsync(BrandProfile brand, IReadOnlyList<TopicScore> scores, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(brand);
        ArgumentNullException.ThrowIfNull(scores);
        Forget();
        var reviewed = new List<TopicScore>(scores.Count);
        foreach (var score in scores)
        {
            reviewed.Add(score.Decision == Decision.Suggest
                ? SecondOpinionRisk.Apply(score, brand, await OpinionAsync(score.Subject, cancellationToken))
                : score);
        }

        return reviewed;
    }

    private Task<Opinion?> OpinionAsync(ScoringSubject subject, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // Lazy: a race between two callers starts one request. A run cancelled by its caller is asked again next time.
        var ask = new Lazy<Task<Opinion?>>(() => AskAsync(subject, cancellationToken));
        var entry = _asked.AddOrUpdate(
            subject.Id,
            _ => (now, ask),
            (_, old) => now - old.AskedAt < Window && !(old.Opinion.IsValueCreated && old.Opinion.Value.IsCanceled) ? old : (now, ask));
        return entry.Opinion.Value;
    }

    private async Task<Opinion?> AskAsync(ScoringSubject subject, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
        try
        {
            var response = await chat.GetResponseAsync(SecondOpinionRubric.Messages(subject), Rubric, timeout.Token).ConfigureAwait(false);
            var opinion = SecondOpinionRubric.Parse(response.Text);
            if (opinion is null)
            {
                SecondOpinionLog.OffRubric(logger, subject.Id);
            }

            return opinion;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            SecondOpinionLog.TimedOut(logger, subject.Id, options.Value.TimeoutSeconds);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception's type only: messages of HTTP clients can carry the endpoint.
            SecondOpinionLog.Failed(logger, subject.Id, ex.GetType().Name);
            return null;
        }
    }

    private TimeSpan Window => TimeSpan.FromHours(topics.Value.WindowHours);

    private void Forget()
    {
        var now = time.GetUtcNow();
        foreach (var (id, entry) in _asked)
        {
            if (now - entry.AskedAt >= Window)
            {
                _asked.TryRemove(KeyValuePair.Create(id, entry));
            }
        }
    }
}
