namespace Newsjack.Core.News.Feeds.Xml;

/// <summary>Where <see cref="XmlRepairingReader"/> is in the markup: each section has its own repair rules.</summary>
internal enum MarkupSection
{
    Text,
    StartTag,
    CData,
    Comment,
    Instruction,
    Declaration,
}
