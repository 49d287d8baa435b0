using System.Runtime.InteropServices;

namespace Newsjack.Core.Topics.Trends;

/// <summary>
/// Binary form of a <see cref="SignificanceSketch"/> (a header, then the raw little-endian arrays) so a partition's
/// state can be stored as one blob and resumed after a restart or handed to another instance on scale-out.
/// </summary>
public static class SignificanceSketchSerializer
{
    private const int Magic = 0x4E4A5354; // "NJST"
    private const int Version = 1;

    // Magic, version, the seven options, window index and windows observed, as Write puts them.
    private const int HeaderBytes = (5 * sizeof(int)) + (6 * sizeof(long));

    public static void Write(SignificanceSketch sketch, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(sketch);
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(sketch.Options.WidthBits);
        writer.Write(sketch.Options.Window.Ticks);
        writer.Write(sketch.Options.HalfLifeWindows);
        writer.Write(sketch.Options.Bias);
        writer.Write(sketch.Options.WarmupWindows);
        writer.Write(sketch.Options.Origin.UtcTicks);
        writer.Write(sketch.Options.MinBaseline);
        writer.Write(sketch.WindowIndex);
        writer.Write(sketch.WindowsObserved);
        writer.Write(MemoryMarshal.AsBytes(sketch.Counts));
        writer.Write(MemoryMarshal.AsBytes(sketch.Means));
        writer.Write(MemoryMarshal.AsBytes(sketch.Variances));
    }

    public static SignificanceSketch Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("Not a Newsjack trend sketch (bad header or version).");
        }

        var options = new TrendOptions
        {
            WidthBits = reader.ReadInt32(),
            Window = TimeSpan.FromTicks(reader.ReadInt64()),
            HalfLifeWindows = reader.ReadDouble(),
            Bias = reader.ReadDouble(),
            WarmupWindows = reader.ReadInt32(),
            Origin = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero),
            MinBaseline = reader.ReadDouble(),
        };
        var sketch = new SignificanceSketch(options);
        sketch.Restore(reader.ReadInt64(), reader.ReadInt32());
        ReadExactly(reader, MemoryMarshal.AsBytes(sketch.Counts));
        ReadExactly(reader, MemoryMarshal.AsBytes(sketch.Means));
        ReadExactly(reader, MemoryMarshal.AsBytes(sketch.Variances));
        return sketch;
    }

    public static byte[] ToBytes(SignificanceSketch sketch)
    {
        var bytes = new byte[SizeOf(sketch)];
        WriteTo(sketch, bytes);
        return bytes;
    }

    /// <summary>The serialized size of <paramref name="sketch"/>, in bytes.</summary>
    public static int SizeOf(SignificanceSketch sketch)
    {
        ArgumentNullException.ThrowIfNull(sketch);
        return HeaderBytes + (sizeof(int) * sketch.Counts.Length) + (sizeof(float) * (sketch.Means.Length + sketch.Variances.Length));
    }

    /// <summary>
    /// Serializes into the first <see cref="SizeOf"/> bytes of <paramref name="buffer"/> (a rented one, say: a 12 MB
    /// sketch written every minute need not be a new array each time). Sized exactly, so the arrays are copied once.
    /// </summary>
    public static void WriteTo(SignificanceSketch sketch, byte[] buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        var size = SizeOf(sketch);
        using var stream = new MemoryStream(buffer, 0, size, writable: true);
        Write(sketch, stream);
        if (stream.Position != size)
        {
            throw new InvalidOperationException($"Sketch serialized to {stream.Position} bytes, {size} expected.");
        }
    }

    public static SignificanceSketch FromBytes(byte[] bytes) => Read(new MemoryStream(bytes, writable: false));

    private static void ReadExactly(BinaryReader reader, Span<byte> destination)
    {
        reader.BaseStream.ReadExactly(destination);
    }
}
