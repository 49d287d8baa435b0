using Azure;

namespace Newsjack.Azure.Topics;

/// <summary>One state blob as read: its bytes, metadata, and the ETag a conditional write must match.</summary>
public sealed record StateBlob(BinaryData Content, IReadOnlyDictionary<string, string> Metadata, ETag ETag);
