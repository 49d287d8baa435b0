namespace Newsjack.Core.Text;

/// <summary>What a scanned token is; words and numbers become terms, the rest keep their own lists.</summary>
public enum TokenKind
{
    Word,
    Number,
    Hashtag,
    Mention,
    Url,
    Emoji,
}
