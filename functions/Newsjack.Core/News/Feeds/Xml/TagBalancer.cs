using System.Runtime.CompilerServices;

namespace Newsjack.Core.News.Feeds.Xml;

/// <summary>
/// Keeps the stack of open elements for <see cref="XmlRepairingReader"/> and repairs end tags the way lenient feed
/// parsers do: `&lt;/b&gt;` closing an outer element first closes the inner ones; a misspelled end tag
/// (`&lt;language&gt;en&lt;/langauge&gt;`) closes the current element, unless that element's real end tag follows
/// shortly, in which case the stray tag is dropped. Matching tags pass through unchanged.
/// Elements nested deeper than <see cref="MaxDepth"/> are flattened (their tags dropped, their text kept), as
/// browsers flatten HTML past a depth: building a tree costs the XML-to-LINQ reader time per level, so a hostile
/// file of 100,000 nested tags took seconds per item. Each open name counts its open elements, so an end tag that
/// matches nothing open is found out without a walk down the stack.
/// </summary>
internal sealed class TagBalancer
{
    private static readonly System.Buffers.SearchValues<char> NameEnd = System.Buffers.SearchValues.Create(" \t\r\n/>");
    /// <summary>Document depth (root = 1) past which elements are flattened; real feeds nest a few dozen levels.</summary>
    public const int MaxDepth = 256;

    private readonly List<OpenName> _open = [];
    private readonly Dictionary<string, OpenName> _names = new(StringComparer.Ordinal);
    private int _bracketDepth;

    public bool InsideBrackets => _bracketDepth > 0;

    /// <summary>The start tag just entered is past <see cref="MaxDepth"/>: it is consumed without output.</summary>
    public bool StartTagHidden => _open.Count > MaxDepth;

    public void TrackBracket(char c) => _bracketDepth += c == '[' ? 1 : c == ']' ? -1 : 0;

    public void EndStartTag(bool selfClosing)
    {
        if (selfClosing && _open.Count > 0)
        {
            Pop();
        }
    }

    /// <summary>Handles the markup starting at <paramref name="rest"/>[0] == '&lt;'; returns the section entered and characters consumed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (MarkupSection Section, int Consumed) OpenMarkup(ReadOnlySpan<char> rest, bool atEnd, RepairOutput output)
    {
        (MarkupSection, int) Copy(ReadOnlySpan<char> prefix, MarkupSection section)
        {
            output.Append(prefix);
            return (section, prefix.Length);
        }

        if (rest.StartsWith("<![CDATA["))
        {
            return Copy("<![CDATA[", MarkupSection.CData);
        }

        if (rest.StartsWith("<!--"))
        {
            return Copy("<!--", MarkupSection.Comment);
        }

        if (rest.StartsWith("<!"))
        {
            _bracketDepth = 0;
            return Copy("<!", MarkupSection.Declaration);
        }

        if (rest.StartsWith("<?"))
        {
            return Copy("<?", MarkupSection.Instruction);
        }

        if (rest.StartsWith("</") && rest.Length > 2 && IsNameStart(rest[2]))
        {
            return (MarkupSection.Text, CloseTag(rest, atEnd, output));
        }

        if (rest.Length > 1 && IsNameStart(rest[1]))
        {
            var length = NameLength(rest[1..]);
            var name = Intern(rest.Slice(1, length));
            name.Count++;
            _open.Add(name);
            return StartTagHidden ? (MarkupSection.StartTag, 1 + length) : Copy(rest[..(1 + length)], MarkupSection.StartTag);
        }

        output.Append("&lt;");
        return (MarkupSection.Text, 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int CloseTag(ReadOnlySpan<char> rest, bool atEnd, RepairOutput output)
    {
        var nameLength = NameLength(rest[2..]);
        var name = rest.Slice(2, nameLength);
        var gt = rest[(2 + nameLength)..].IndexOf('>');
        if (gt < 0 && atEnd && rest[(2 + nameLength)..].IsWhiteSpace())
        {
            // The file ends inside its last end tag (`</rss`): read it as complete.
            gt = rest.Length - 2 - nameLength - 1;
        }
        else if (gt < 0 || !rest.Slice(2 + nameLength, gt).IsWhiteSpace())
        {
            output.Append("</");
            return 2;
        }

        var consumed = 2 + nameLength + gt + 1;
        var depth = LastIndexOf(name);
        if (depth < 0 && (_open.Count == 0 || FollowsSoon(rest[consumed..], _open[^1].Name)))
        {
            return consumed;
        }

        var target = depth < 0 ? _open.Count - 1 : depth;
        while (_open.Count > target)
        {
            if (_open.Count <= MaxDepth)
            {
                output.Append("</");
                output.Append(_open[^1].Name);
                output.Append(">");
            }

            Pop();
        }

        return consumed;
    }

    /// <summary>
    /// At the end of input, closes what is still open when only feed containers are (the file lost its last end
    /// tags). A file cut inside an item or entry stays broken, so the XML reader reports where it ends.
    /// </summary>
    public void CloseAtEnd(RepairOutput output)
    {
        if (_open.Count == 0 || !_open.TrueForAll(open => IsContainer(open.Name)))
        {
            return;
        }

        while (_open.Count > 0)
        {
            output.Append("</");
            output.Append(_open[^1].Name);
            output.Append(">");
            Pop();
        }
    }

    private static bool IsContainer(string name) =>
        name[(name.IndexOf(':', StringComparison.Ordinal) + 1)..] is "rss" or "channel" or "feed" or "RDF";

    private static bool FollowsSoon(ReadOnlySpan<char> ahead, string current)
    {
        var at = ahead.IndexOf("</".AsSpan());
        return at >= 0 && ahead[(at + 2)..].StartsWith(current) && ahead.Length > at + 2 + current.Length
            && (ahead[at + 2 + current.Length] == '>' || char.IsWhiteSpace(ahead[at + 2 + current.Length]));
    }

    /// <summary>
    /// The innermost open element named <paramref name="name"/>, or -1. Only a name that is open is searched for,
    /// and every element above the one found is then closed, so the walk is paid for by the elements it closes.
    /// </summary>
    private int LastIndexOf(ReadOnlySpan<char> name)
    {
        if (!_names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var open) || open.Count == 0)
        {
            return -1;
        }

        var i = _open.Count - 1;
        while (!ReferenceEquals(_open[i], open))
        {
            i--;
        }

        return i;
    }

    private void Pop()
    {
        _open[^1].Count--;
        _open.RemoveAt(_open.Count - 1);
    }

    private OpenName Intern(ReadOnlySpan<char> name)
    {
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(name, out var interned))
        {
            interned = new OpenName(name.ToString());
            lookup[name] = interned;
        }

        return interned;
    }

    /// <summary>An element name (one instance per distinct name) and how many elements of that name are open.</summary>
    private sealed class OpenName(string name)
    {
        public string Name { get; } = name;

        public int Count { get; set; }
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c is '_' or ':';

    private static int NameLength(ReadOnlySpan<char> text)
    {
        var end = text.IndexOfAny(NameEnd);
        return end < 0 ? text.Length : end;
    }
}
