using System.Buffers;
using System.Runtime.CompilerServices;

namespace Newsjack.Core.News.Feeds.Xml;

/// <summary>
/// Streams a feed's text to the XML reader with the repairs real feeds need, without buffering the document:
/// entities (see <see cref="EntityRepair"/>), stray `&lt;`, characters XML forbids, junk before the first tag, and
/// mismatched end tags and nesting past <see cref="TagBalancer.MaxDepth"/> (see <see cref="TagBalancer"/>). CDATA,
/// comments, PIs and the DOCTYPE pass through untouched. Well-formed XML of sane depth comes out unchanged. Every
/// repair looks at a bounded stretch of text, so the work is linear in the input.
/// </summary>
internal sealed class XmlRepairingReader(TextReader inner) : TextReader
{
    private const int Lookahead = 256;
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
    private bool _hiddenTag;

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
                _inEnd += ForbiddenCharacters.Remove(_in.AsSpan(_inEnd, n));
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
        _hiddenTag = section == MarkupSection.StartTag && _tags.StartTagHidden;
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
                EmitTag(span);
                _slashBeforeEnd = _slashBeforeEnd && span.IsWhiteSpace();
                return limit;
            }

            EmitTag(span[..special]);
            _slashBeforeEnd = _slashBeforeEnd && span[..special].IsWhiteSpace();
            i += special;
            var c = _in[i];
            switch (c)
            {
                case '&':
                    i += _entities.Repair(_in.AsSpan(i, _inEnd - i), out var replacement);
                    EmitTag(replacement);
                    continue;
                case '<':
                    EmitTag("&lt;");
                    break;
                case '>':
                    EmitTag(">");
                    _section = MarkupSection.Text;
                    _tags.EndStartTag(selfClosing: _slashBeforeEnd);
                    return i + 1;
                default:
                    EmitTag(new ReadOnlySpan<char>(in c));
                    _quote = c is '"' or '\'' ? (_quote == c ? '\0' : _quote == '\0' ? c : _quote) : _quote;
                    _slashBeforeEnd = c == '/' && _quote == '\0';
                    break;
            }

            i++;
        }

        return i;
    }

    /// <summary>Start-tag text goes out unless the tag is past the depth limit, when all of it is dropped.</summary>
    private void EmitTag(ReadOnlySpan<char> text)
    {
        if (!_hiddenTag)
        {
            _out.Append(text);
        }
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
