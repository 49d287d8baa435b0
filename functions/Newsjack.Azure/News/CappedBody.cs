using System.Buffers;

namespace Newsjack.Azure.News;

/// <summary>Reads a response body up to a byte limit, giving up as soon as it is longer (so a huge body is never buffered).</summary>
internal static class CappedBody
{
    /// <summary>The body (after decompression), or null once more than <paramref name="limit"/> bytes arrived.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpContent content, long limit, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var body = new MemoryStream((int)Math.Min(content.Headers.ContentLength ?? 64 * 1024, limit));
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (body.Length + read > limit)
                {
                    return null;
                }

                body.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return new ReadOnlyMemory<byte>(body.GetBuffer(), 0, (int)body.Length);
    }
}
