using System.Globalization;

namespace Newsjack.Core.Text;

/// <summary>
/// Allocation-free, Unicode-aware scanner over a text: words (letters, digits, marks, inner apostrophes),
/// numbers, hashtags, mentions, URLs and emoji (with joiners and variation selectors). Hyphens split words.
/// The one tokenizer: the trend hot path, <see cref="TextNormalizer"/> (topics) and <see cref="WordSplitter"/> (scoring)
/// all read its tokens, so every stage sees the same words.
/// </summary>
public ref struct TextScanner(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> _text = text;
    private int _position;
    private bool _break = true;

    public ScannedToken Current { get; private set; }

    public bool MoveNext()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == ' ')
            {
                _position++;
                continue;
            }

            if (UrlAt(_position))
            {
                Current = ScanUrl();
                return true;
            }

            if (IsWordChar(c))
            {
                Current = ScanWord();
                return true;
            }

            if ((c == '#' || c == '@') && _position + 1 < _text.Length && IsWordChar(_text[_position + 1])
                && (_position == 0 || !IsWordChar(_text[_position - 1])))
            {
                Current = ScanTag(c == '#' ? TokenKind.Hashtag : TokenKind.Mention);
                return true;
            }

            if (char.IsSurrogate(c) || IsBmpSymbol(c))
            {
                Current = ScanEmoji();
                if (Current.Length > 0)
                {
                    return true;
                }

                continue;
            }

            _break |= c is '.' or '!' or '?' or ';' or ':' or ',' or '"' or '(' or ')' or '|' or '\n' or '\u2014' or '\u2013';
            _position++;
        }

        return false;
    }

    private ScannedToken ScanWord()
    {
        var text = _text;
        var start = _position;
        var i = start;
        var allDigits = true;
        while (i < text.Length)
        {
            // Run over ASCII letters and digits, scalar: words are a few characters, shorter than a vector's set-up
            // pays for. The slow path below handles the rest.
            while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
            {
                allDigits &= char.IsAsciiDigit(text[i]);
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            var c = text[i];
            if (c > 127 && IsWordChar(c))
            {
                allDigits = false;
                i++;
            }
            else if (IsInnerJoin(text, i, allDigits))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        _position = i;
        return Emit(start, i - start, allDigits ? TokenKind.Number : TokenKind.Word);
    }

    private static bool IsInnerJoin(ReadOnlySpan<char> text, int i, bool inNumber)
    {
        if (i + 1 >= text.Length)
        {
            return false;
        }

        var (c, next) = (text[i], text[i + 1]);
        return c is '\'' or '\u2019' ? char.IsLetter(next) : inNumber && c is '.' or ',' && char.IsAsciiDigit(next);
    }

    private ScannedToken ScanTag(TokenKind kind)
    {
        _position++;
        var start = _position;
        while (_position < _text.Length && (IsWordChar(_text[_position]) || _text[_position] == '_'))
        {
            _position++;
        }

        return Emit(start, _position - start, kind);
    }

    private ScannedToken ScanUrl()
    {
        var start = _position;
        while (_position < _text.Length && !char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }

        var end = _position;
        while (end > start && _text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '"' or '\'')
        {
            end--;
        }

        return Emit(start, end - start, TokenKind.Url);
    }

    private ScannedToken ScanEmoji()
    {
        var start = _position;
        var length = EmojiSequence.LengthAt(_text, start);
        if (length == 0)
        {
            _position++;
            return default;
        }

        _position += length;
        return Emit(start, length, TokenKind.Emoji);
    }

    private ScannedToken Emit(int start, int length, TokenKind kind)
    {
        var token = new ScannedToken(start, length, kind, length > 0 && char.IsUpper(_text[start]), _break);
        _break = false;
        return token;
    }

    private readonly bool UrlAt(int i)
    {
        if (_text[i] is not ('h' or 'H' or 'w' or 'W'))
        {
            return false;
        }

        var rest = _text[i..];
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && (i == 0 || char.IsWhiteSpace(_text[i - 1])));
    }

    private static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || (c > 127 && char.IsLetterOrDigit(c)) || (c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);

    private static bool IsBmpSymbol(char c) => c is >= '\u2600' and <= '\u27BF' or >= '\u2B00' and <= '\u2BFF';
}
