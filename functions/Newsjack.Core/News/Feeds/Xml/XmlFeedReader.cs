using System.Text.RegularExpressions;
using System.Xml;

namespace Newsjack.Core.News.Feeds.Xml;

/// <summary>
/// Streams an XML feed: detects the format from the root, reads feed-level title and link, and hands each item or
/// entry (one small subtree at a time) to its format's reader, so memory stays bounded by the largest entry.
/// A document that uses an undeclared namespace prefix is read again with that prefix declared (a few times at most).
/// </summary>
internal static partial class XmlFeedReader
{
    private const int MaxPrefixRetries = 8;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        CheckCharacters = false,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1024,
        CloseInput = true,
    };

    public static FeedParseResult Read(Func<TextReader> open)
    {
        var undeclared = new List<string>();
        while (true)
        {
            try
            {
                return ReadOnce(open(), undeclared);
            }
            catch (XmlException ex) when (undeclared.Count < MaxPrefixRetries && UndeclaredPrefix().Match(ex.Message) is { Success: true } match
                && !undeclared.Contains(match.Groups["prefix"].Value))
            {
                undeclared.Add(match.Groups["prefix"].Value);
            }
            catch (XmlException ex)
            {
                return FeedParseResult.Failure(Describe(ex));
            }
        }
    }

    private static FeedParseResult ReadOnce(TextReader text, IEnumerable<string> undeclared)
    {
        using var reader = XmlReader.Create(new XmlRepairingReader(text), Settings, KnownPrefixes.CreateContext(undeclared));
        var lines = (IXmlLineInfo)reader;
        if (reader.MoveToContent() != XmlNodeType.Element)
        {
            return FeedParseResult.Failure("empty document: no root element");
        }

        if (FeedRoot.Detect(reader) is not { } format)
        {
            return FeedParseResult.Failure($"line {lines.LineNumber}, column {lines.LinePosition}: not a feed: root element <{reader.Name}> is not rss, RDF or feed");
        }

        var builder = new FeedBuilder(format);
        new FeedWalker(reader, builder).WalkRoot();
        return FeedParseResult.Success(builder.Build());
    }

    private static string Describe(XmlException ex)
    {
        var message = ex.Message;
        var suffix = message.IndexOf(" Line ", StringComparison.Ordinal);
        var reason = suffix > 0 ? message[..suffix] : message;
        return ex.LineNumber > 0 ? $"line {ex.LineNumber}, column {ex.LinePosition}: {reason}" : reason;
    }

    [GeneratedRegex("'(?<prefix>[^']+)' is an undeclared prefix")]
    private static partial Regex UndeclaredPrefix();
}
