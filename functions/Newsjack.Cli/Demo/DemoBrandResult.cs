namespace Newsjack.Cli.Demo;

/// <summary>How one sample brand's scoring of the demo topics came out: decisions counted, suggested labels.</summary>
public sealed record DemoBrandResult(string Brand, int Suggest, int Review, int Suppress, IReadOnlyList<string> Suggested);
