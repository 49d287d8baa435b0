namespace Newsjack.Core.Buzz;

/// <summary>
/// One event cut out of an HTTP body, with the 1-based line it starts on. <see cref="EncodingError"/> says why its
/// bytes were not valid UTF-8 (its <see cref="Body"/> then shows them with U+FFFD, for the dead letter only).
/// </summary>
public sealed record BuzzBodyEvent(int Line, string Body)
{
    public string? EncodingError { get; init; }
}
