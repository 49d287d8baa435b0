namespace Newsjack.Azure.Scoring.Language.Wire;

/// <summary>Service error; <c>innererror.code</c> is the precise reason (InvalidDocument, InvalidDocumentBatch, …).</summary>
internal sealed record WireError(string? Code, string? Message, WireError? Innererror)
{
    public string BestCode => Innererror?.Code ?? Code ?? "Unknown";

    public string BestMessage => Innererror?.Message ?? Message ?? "(no message)";
}
