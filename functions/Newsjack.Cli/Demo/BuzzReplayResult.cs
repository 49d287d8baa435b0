namespace Newsjack.Cli.Demo;

/// <summary>Totals of `POST /api/buzz` answers over one replay of a `.jsonl` stream.</summary>
public sealed record BuzzReplayResult(int Lines, int Accepted, int Duplicates, int Rejected, int Stale);
