using System.Buffers;

namespace Newsjack.Azure.Http;

/// <summary>
/// Reads an HTTP body (a request's, or a response's after decompression) into memory up to a byte limit, giving up
/// as soon as it is longer, so a huge body is never buffered whole.
/// </summary>
internal static class CappedBody
{
    private const int ChunkBytes = 64 * 1024;

    /// <summary>The content's body, or null once more than <paramref name="limit"/> bytes arrived.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpContent content, long limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        return await ReadAsync(stream, limit, content.Headers.ContentLength, cancellationToken);
    }

    /// <summary>The stream's bytes, or null once more than <paramref name="limit"/> arrived; <paramref name="expectedLength"/> only sizes the buffer.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(Stream stream, long limit, long? expectedLength, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var body = new MemoryStream((int)Math.Min(expectedLength ?? ChunkBytes, limit));
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
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
