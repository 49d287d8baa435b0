namespace Newsjack.Core.News.Feeds.Xml;

/// <summary>The growable character buffer <see cref="XmlRepairingReader"/> fills and the XML reader drains.</summary>
internal sealed class RepairOutput
{
    private char[] _buffer = new char[48 * 1024];
    private int _position;
    private int _length;

    public bool HasData => _position < _length;

    public void Reset() => _position = _length = 0;

    public int Peek() => _buffer[_position];

    public int Take() => _buffer[_position++];

    public int Take(Span<char> destination)
    {
        var n = Math.Min(destination.Length, _length - _position);
        _buffer.AsSpan(_position, n).CopyTo(destination);
        _position += n;
        return n;
    }

    public void Append(char c)
    {
        if (_length == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        _buffer[_length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + text.Length));
        }

        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }
}
