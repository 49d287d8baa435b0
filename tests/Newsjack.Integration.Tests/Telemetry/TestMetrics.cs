using System.Diagnostics.Metrics;
using Newsjack.Azure.Telemetry;

namespace Newsjack.Integration.Tests.Telemetry;

/// <summary>Real pipeline instruments on a meter factory of their own, for services a test builds by hand.</summary>
internal static class TestMetrics
{
    public static PipelineMetrics Create(TimeProvider time) =>
        new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>(), time);
}
