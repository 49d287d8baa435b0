namespace Newsjack.Core.Approvals;

/// <summary>The short list a rejecting approver picks from (plus free text); ids are stored, labels shown.</summary>
public static class RejectReasons
{
    public const string Other = "other";
    public const int MaxNoteLength = 500;

    public static IReadOnlyList<KeyValuePair<string, string>> All { get; } =
    [
        new("off-brand", "Off-brand for us"),
        new("too-risky", "Too risky or sensitive"),
        new("wrong-timing", "Wrong timing or too late"),
        new("tone", "Tone or wording is wrong"),
        new("facts-unclear", "Facts unclear"),
        new("not-relevant", "Not relevant to us"),
        new(Other, "Other (say why below)"),
    ];

    public static string? Label(string? id) => All.FirstOrDefault(r => r.Key == id).Value;
}
