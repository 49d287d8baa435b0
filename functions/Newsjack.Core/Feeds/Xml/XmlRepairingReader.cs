using System.Buffers;
using System.Runtime.CompilerServices;

namespace Newsjack.Core.Feeds.Xml;

/// <summary>
/// Streams a feed's text to the XML reader with the repairs real feeds need, without buffering the document:
/// entities (see <see cref="EntityRepair"/>), stray `&lt;`, characters XML forbids, junk before the first tag, and
/// mismatched end tags (see <see cref="TagBalancer"/>). CDATA, comments, PIs and the DOCTYPE pass through untouched.
/// Well-formed XML comes out unchanged.
/// </summary>
internal sealed class XmlRepairingReader(TextReader inner) : TextReader
{
    private const int Lookahead = 256;
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015"
        + "\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("<&");
    private static readonly SearchValues<char> TagSpecials = SearchValues.Create("<&>\"'/");

    private readonly char[] _in = new char[(32 * 1024) + Lookahead];
    private readonly RepairOutput _out = new();
    private readonly EntityRepair _entities = new();
    private readonly TagBalancer _tags = new();
    private int _inStart;
    private int _inEnd;
    private bool _innerDone;
    private bool _started;
    private bool _closedAtEnd;
    private MarkupSection _section;
    private char _quote;
    private bool _slashBeforeEnd;

    public override int Peek() => _out.HasData || Fill() ? _out.Peek() : -1;

    public override int Read() => _out.HasData || Fill() ? _out.Take() : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer) => _out.HasData || Fill() ? _out.Take(buffer) : 0;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Fill()
    {
        _out.Reset();
        while (!_out.HasData)
        {
            Array.Copy(_in, _inStart, _in, 0, _inEnd - _inStart);
            _inEnd -= _inStart;
            _inStart = 0;
            while (!_innerDone && _inEnd < _in.Length)
            {
                var n = inner.Read(_in, _inEnd, _in.Length - _inEnd);
                _innerDone = n == 0;
                _inEnd += RemoveForbidden(_in.AsSpan(_inEnd, n));
            }

            if (_inEnd == 0 && _innerDone)
            {
                return false;
            }

            Process(_innerDone ? _inEnd : _inEnd - Lookahead);
            if (_innerDone && _inStart == _inEnd && _section == MarkupSection.Text && !_closedAtEnd)
            {
                _closedAtEnd = true;
                _tags.CloseAtEnd(_out);
            }
        }

        return true;
    }

    /// <summary>
    /// Drops control characters XML 1.0 forbids (feeds paste them from word processors) and returns the new length.
    /// A control character next to undecodable bytes (U+FFFD) is binary garbage, not a stray paste: it is kept, so
    /// the XML reader rejects the document with its line and column.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int RemoveForbidden(Span<char> chunk)
    {
        var first = chunk.IndexOfAny(Forbidden);
        if (first < 0)
        {
            return chunk.Length;
        }

        var write = first;
        for (var read = first; read < chunk.Length; read++)
        {
            var c = chunk[read];
            if (!Forbidden.Contains(c) || NearReplacementCharacter(chunk, read))
            {
                chunk[write++] = c;
            }
        }

        return write;
    }

    private static bool NearReplacementCharacter(Span<char> chunk, int index)
    {
        var from = Math.Max(0, index - 8);
        return chunk[from..Math.Min(chunk.Length, index + 8)].Contains('\uFFFD');
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Process(int limit)
    {
        if (!_started)
        {
            var first = _in.AsSpan(_inStart, limit - _inStart).IndexOf('<');
            _inStart = first < 0 ? limit : _inStart + first;
            _started = first >= 0;
        }

        while (_inStart < limit)
        {
            _inStart = _section switch
            {
                MarkupSection.CData => CopyThrough("]]>", limit),
                MarkupSection.Comment => CopyThrough("-->", limit),
                MarkupSection.Instruction => CopyThrough("?>", limit),
                MarkupSection.Declaration => CopyDeclaration(limit),
                MarkupSection.StartTag => ProcessStartTag(limit),
                _ => ProcessText(limit),
            };
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ProcessText(int limit)
    {
        var span = _in.AsSpan(_inStart, limit - _inStart);
        var special = span.IndexOfAny(TextSpecials);
        _out.Append(special < 0 ? span : span[..special]);
        if (special < 0)
        {
            return limit;
        }

        var at = _inStart + special;
        var rest = _in.AsSpan(at, _inEnd - at);
        if (rest[0] == '&')
        {
            return at + RepairEntity(rest);
        }

        var (section, consumed) = _tags.OpenMarkup(rest, _innerDone && limit == _inEnd, _out);
        _section = section;
        _quote = '\0';
        _slashBeforeEnd = false;
        return at + consumed;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ProcessStartTag(int limit)
    {
        var i = _inStart;
        while (i < limit)
        {
            var span = _in.AsSpan(i, limit - i);
            var special = _quote == '\0' ? span.IndexOfAny(TagSpecials) : span.IndexOfAny(_quote, '&', '<');
            if (special < 0)
            {
                _out.Append(span);
                _slashBeforeEnd = _slashBeforeEnd && span.IsWhiteSpace();
                return limit;
            }

            _out.Append(span[..special]);
            _slashBeforeEnd = _slashBeforeEnd && span[..special].IsWhiteSpace();
            i += special;
            var c = _in[i];
            switch (c)
            {
                case '&':
                    i += RepairEntity(_in.AsSpan(i, _inEnd - i));
                    continue;
                case '<':
                    _out.Append("&lt;");
                    break;
                case '>':
                    _out.Append('>');
                    _section = MarkupSection.Text;
                    _tags.EndStartTag(selfClosing: _slashBeforeEnd);
                    return i + 1;
                default:
                    _out.Append(c);
                    _quote = c is '"' or '\'' ? (_quote == c ? '\0' : _quote == '\0' ? c : _quote) : _quote;
                    _slashBeforeEnd = c == '/' && _quote == '\0';
                    break;
            }

            i++;
        }

        return i;
    }

    private int RepairEntity(ReadOnlySpan<char> rest)
    {
        var consumed = _entities.Repair(rest, out var replacement);
        _out.Append(replacement);
        return consumed;
    }

    /// <summary>A DOCTYPE (with any internal subset) or other `&lt;!…&gt;`: copied to its closing `&gt;` outside brackets.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int CopyDeclaration(int limit)
    {
        for (var i = _inStart; i < limit; i++)
        {
            var c = _in[i];
            _out.Append(c);
            _quote = _quote != '\0' ? (c == _quote ? '\0' : _quote) : c is '"' or '\'' ? c : '\0';
            if (_quote == '\0')
            {
                _tags.TrackBracket(c);
                if (c == '>' && !_tags.InsideBrackets)
                {
                    _section = MarkupSection.Text;
                    return i + 1;
                }
            }
        }

        return limit;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int CopyThrough(string terminator, int limit)
    {
        var span = _in.AsSpan(_inStart, _inEnd - _inStart);
        var end = span.IndexOf(terminator.AsSpan());
        if (end >= 0 && _inStart + end < limit)
        {
            _out.Append(span[..(end + terminator.Length)]);
            _section = MarkupSection.Text;
            return _inStart + end + terminator.Length;
        }

        _out.Append(span[..(limit - _inStart)]);
        return limit;
    }
}
