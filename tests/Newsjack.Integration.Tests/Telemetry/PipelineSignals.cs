using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Newsjack.Azure.Telemetry;

namespace Newsjack.Integration.Tests.Telemetry;

/// <summary>
/// What an in-process listener sees of the pipeline's telemetry: every `Newsjack` meter measurement, keyed by the
/// <see cref="IMeterFactory"/> that made the meter (one per host, so parallel tests' hosts stay apart), and every
/// finished span of the `Newsjack` and ASP.NET Core sources (process-wide: tests pick theirs by card id).
/// </summary>
internal sealed class PipelineSignals : IDisposable
{
    private readonly MeterListener _meters = new();
    private readonly ActivityListener _spans;
    private readonly ConcurrentQueue<Measurement> _measurements = new();
    private readonly ConcurrentQueue<Activity> _finished = new();

    public PipelineSignals()
    {
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == PipelineTelemetry.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meters.Start();
        _spans = new ActivityListener
        {
            ShouldListenTo = source => source.Name is PipelineTelemetry.Name or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _finished.Enqueue,
        };
        ActivitySource.AddActivityListener(_spans);
    }

    public IReadOnlyList<Activity> Spans => [.. _finished];

    /// <summary>The measurements of the host whose meters came from <paramref name="meterFactory"/>.</summary>
    public HostSignals Of(object meterFactory) => new([.. _measurements.Where(m => ReferenceEquals(m.Scope, meterFactory))]);

    /// <summary>The measurements of each host seen, one entry per meter factory.</summary>
    public IReadOnlyList<HostSignals> ByHost() =>
        [.. _measurements.Where(m => m.Scope is not null).GroupBy(m => m.Scope!).Select(g => new HostSignals([.. g]))];

    public void Dispose()
    {
        _meters.Dispose();
        _spans.Dispose();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        _measurements.Enqueue(new Measurement(instrument.Meter.Scope, instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value?.ToString())));

    internal sealed record Measurement(object? Scope, string Instrument, double Value, IReadOnlyDictionary<string, string?> Tags);

    internal sealed class HostSignals(IReadOnlyList<Measurement> measurements)
    {
        /// <summary>The sum of a counter's measurements whose tag <paramref name="tag"/> is <paramref name="value"/> (all, when null).</summary>
        public double Sum(string instrument, string? tag = null, string? value = null) =>
            Matching(instrument, tag, value).Sum(m => m.Value);

        /// <summary>How many values a histogram recorded for that tag value.</summary>
        public int Count(string instrument, string? tag = null, string? value = null) => Matching(instrument, tag, value).Count();

        private IEnumerable<Measurement> Matching(string instrument, string? tag, string? value) =>
            measurements.Where(m => m.Instrument == instrument && (tag is null || m.Tags.GetValueOrDefault(tag) == value));
    }
}
