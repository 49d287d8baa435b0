using Newsjack.Core.Buzz;

namespace Newsjack.Core.Topics;

/// <summary>
/// Each window post's <see cref="PostTerms"/>, kept between the runs of one host so each post is normalized once.
/// A post is known by platform and id, and taken again when its text differs; each run's <see cref="Sweep"/> drops
/// the posts it did not see, so the cache holds the window and no more. Safe to share between concurrent runs.
/// </summary>
public sealed class PostTermsCache
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Platform, string Id), Entry> _held = [];
    private long _run;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _held.Count;
            }
        }
    }

    /// <summary>Starts a run: the posts asked for from now until <see cref="Sweep"/> are kept.</summary>
    public void Begin()
    {
        lock (_gate)
        {
            _run++;
        }
    }

    public PostTerms Of(BuzzPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var key = (post.Platform, post.Id);
        lock (_gate)
        {
            if (_held.TryGetValue(key, out var entry) && string.Equals(entry.Terms.Text, post.Text, StringComparison.Ordinal))
            {
                entry.Run = _run;
                return entry.Terms;
            }
        }

        // Normalized outside the lock; two runs taking the same new post compute the same terms.
        var terms = PostTerms.Of(post);
        lock (_gate)
        {
            _held[key] = new Entry(terms) { Run = _run };
        }

        return terms;
    }

    /// <summary>Drops the posts not asked for since the last <see cref="Begin"/> (by any run: a miss costs a normalizing, never a wrong link).</summary>
    public void Sweep()
    {
        lock (_gate)
        {
            foreach (var key in _held.Where(p => p.Value.Run < _run).Select(p => p.Key).ToList())
            {
                _held.Remove(key);
            }
        }
    }

    private sealed class Entry(PostTerms terms)
    {
        public PostTerms Terms { get; } = terms;

        public long Run { get; set; }
    }
}
