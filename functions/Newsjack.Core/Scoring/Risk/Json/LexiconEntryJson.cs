namespace Newsjack.Core.Scoring.Risk.Json;

/// <summary>
/// One lexicon rule as written. <c>terms</c> raise <c>tier</c>; a <c>cancel</c> phrase within <c>window</c> words
/// cancels the hit ("box office" near "bomb"); when <c>require</c> is given one of its phrases must be near
/// ("crash" needs "plane", "car"…). Negation ("no one was killed") cancels unless <c>negatable</c> is false.
/// <c>examples</c> must hit and <c>counterExamples</c> must not: the tests check both.
/// </summary>
public sealed record LexiconEntryJson(
    IReadOnlyList<string>? Terms,
    string? Tier,
    IReadOnlyList<string>? Cancel,
    IReadOnlyList<string>? Require,
    int? Window,
    bool? Negatable,
    IReadOnlyList<string>? Examples,
    IReadOnlyList<string>? CounterExamples,
    string? Note);
