using System.ComponentModel.DataAnnotations;

namespace Newsjack.Core.Approvals.Learning;

/// <summary>
/// How decisions shape scoring (settings <c>Learning__*</c>): a term rejected at least <see cref="MinRejections"/>
/// times more than it was approved within <see cref="LookbackDays"/> has its topics' relevance multiplied by
/// <see cref="Factor"/> for <see cref="DampingDays"/> after its last rejection.
/// </summary>
public sealed record LearningOptions
{
    public const string SectionName = "Learning";

    public bool Enabled { get; set; } = true;

    [Range(1, 365, ErrorMessage = "Learning:LookbackDays must be 1..365.")]
    public int LookbackDays { get; set; } = 30;

    [Range(1, 100, ErrorMessage = "Learning:MinRejections must be 1..100.")]
    public int MinRejections { get; set; } = 2;

    [Range(0.1, 365, ErrorMessage = "Learning:DampingDays must be 0.1..365.")]
    public double DampingDays { get; set; } = 14;

    [Range(0.0, 0.99, ErrorMessage = "Learning:Factor must be 0..0.99.")]
    public double Factor { get; set; } = 0.5;
}
