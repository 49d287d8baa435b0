namespace Newsjack.Core.Feeds.Xml;

/// <summary>
/// Streams a feed's text to the XML reader with the repairs feeds need, without buffering the document:
/// HTML named entities (no DTD declares them) become numeric references, unknown entities and stray `&amp;`
/// become `&amp;amp;`, a stray `&lt;` becomes `&amp;lt;`, and anything before the first `&lt;` is dropped.
/// CDATA sections and comments pass through untouched.
/// </summary>
internal sealed class XmlRepairingReader(TextReader inner) : TextReader
{
    private const int Lookahead = 64;
    private readonly char[] _in = new char[(32 * 1024) + Lookahead];
    private readonly EntityRepair _repair = new();
    private int _inStart;
    private int _inEnd;
    private bool _innerDone;
    private bool _started;
    private char[] _out = new char[40 * 1024];
    private int _outPos;
    private int _outLen;
    private Section _section;

    private enum Section
    {
        Markup,
        CData,
        Comment,
    }

    public override int Peek() => _outPos < _outLen || Fill() ? _out[_outPos] : -1;

    public override int Read() => _outPos < _outLen || Fill() ? _out[_outPos++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (_outPos == _outLen && !Fill())
        {
            return 0;
        }

        var n = Math.Min(buffer.Length, _outLen - _outPos);
        _out.AsSpan(_outPos, n).CopyTo(buffer);
        _outPos += n;
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool Fill()
    {
        _outPos = _outLen = 0;
        while (_outLen == 0)
        {
            Array.Copy(_in, _inStart, _in, 0, _inEnd - _inStart);
            _inEnd -= _inStart;
            _inStart = 0;
            while (!_innerDone && _inEnd < _in.Length)
            {
                var n = inner.Read(_in, _inEnd, _in.Length - _inEnd);
                _innerDone = n == 0;
                _inEnd += n;
            }

            if (_inEnd == 0 && _innerDone)
            {
                return false;
            }

            Process(_innerDone ? _inEnd : _inEnd - Lookahead);
        }

        return true;
    }

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
            EnsureRoom(Lookahead);
            _inStart = _section switch
            {
                Section.CData => CopyThrough("]]>", limit),
                Section.Comment => CopyThrough("-->", limit),
                _ => ProcessMarkup(limit),
            };
        }
    }

    private int ProcessMarkup(int limit)
    {
        var span = _in.AsSpan(_inStart, limit - _inStart);
        var special = span.IndexOfAny('<', '&');
        var plain = special < 0 ? span.Length : special;
        Emit(span[..plain]);
        var at = _inStart + plain;
        if (special < 0)
        {
            return at;
        }

        var rest = _in.AsSpan(at, _inEnd - at);
        if (rest[0] == '&')
        {
            var consumed = _repair.Repair(rest, out var replacement);
            Emit(replacement);
            return at + consumed;
        }

        if (rest.StartsWith("<![CDATA["))
        {
            _section = Section.CData;
            Emit(rest[..9]);
            return at + 9;
        }

        if (rest.StartsWith("<!--"))
        {
            _section = Section.Comment;
            Emit(rest[..4]);
            return at + 4;
        }

        Emit(rest.Length > 1 && StartsMarkup(rest[1]) ? "<" : "&lt;");
        return at + 1;
    }

    private static bool StartsMarkup(char next) => char.IsLetter(next) || next is '_' or ':' or '/' or '!' or '?';

    private int CopyThrough(string terminator, int limit)
    {
        var span = _in.AsSpan(_inStart, _inEnd - _inStart);
        var end = span.IndexOf(terminator.AsSpan());
        if (end >= 0 && _inStart + end < limit)
        {
            EnsureRoom(end + terminator.Length);
            Emit(span[..(end + terminator.Length)]);
            _section = Section.Markup;
            return _inStart + end + terminator.Length;
        }

        var take = limit - _inStart;
        EnsureRoom(take);
        Emit(span[..take]);
        return limit;
    }

    private void Emit(ReadOnlySpan<char> text)
    {
        EnsureRoom(text.Length);
        text.CopyTo(_out.AsSpan(_outLen));
        _outLen += text.Length;
    }

    private void EnsureRoom(int extra)
    {
        if (_outLen + extra > _out.Length)
        {
            Array.Resize(ref _out, Math.Max(_out.Length * 2, _outLen + extra));
        }
    }
}
