using System.Text.Json;
using System.Text.RegularExpressions;
using Newsjack.Azure.Hosting;
using Newsjack.Cli.LocalHost;

namespace Newsjack.Integration.Tests.Functions;

/// <summary>
/// No drift between the two hosts: the `functions.metadata` that the Functions SDK generated binds exactly the jobs
/// of <see cref="PipelineJobs"/> (names, triggers, schedule settings, queues, routes, auth levels, handlers); the
/// Event Hub function is checked from its source where its extension is not compiled; the local host runs and maps
/// the same rows; and every setting a trigger names is in the sample settings and the deployed app settings.
/// </summary>
public sealed class FunctionsMetadataTests
{
    private static readonly FunctionsApp App = FunctionsApp.Instance;

    private static IEnumerable<PipelineJob> Compiled =>
        PipelineJobs.All.Where(job => job.Trigger != JobTrigger.EventHub || App.HasEventHubsExtension);

    [Fact]
    public void Metadata_lists_exactly_the_job_table_names()
    {
        Assert.Equal(Compiled.Select(j => j.Name).Order(StringComparer.Ordinal), App.Functions.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(PipelineJobs.All.Count, PipelineJobs.All.Select(j => j.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Each_function_binds_the_trigger_and_setting_of_its_row()
    {
        foreach (var job in Compiled)
        {
            var trigger = FunctionsApp.Trigger(App.Functions[job.Name]);
            var type = trigger.GetProperty("type").GetString();
            switch (job.Trigger)
            {
                case JobTrigger.Timer:
                    Assert.Equal(("timerTrigger", job.Expression), (type, Text(trigger, "schedule")));
                    break;
                case JobTrigger.Queue:
                    Assert.Equal(("queueTrigger", job.Expression), (type, Text(trigger, "queueName")));
                    break;
                case JobTrigger.EventHub:
                    Assert.Equal(("eventHubTrigger", job.Expression, job.Connection, $"%{job.ConsumerGroupSetting}%"),
                        (type, Text(trigger, "eventHubName"), Text(trigger, "connection"), Text(trigger, "consumerGroup")));
                    break;
                case JobTrigger.Http:
                    var methods = string.Join(",", trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
                    Assert.Equal(("httpTrigger", job.Route, job.AuthLevel, string.Join(",", job.Methods)),
                        (type, Text(trigger, "route"), Text(trigger, "authLevel"), methods));
                    break;
                default:
                    Assert.Fail($"{job.Name}: unknown trigger {job.Trigger}");
                    break;
            }
        }
    }

    [Fact]
    public void Each_function_is_an_adapter_over_the_handler_of_its_row()
    {
        foreach (var job in Compiled)
        {
            Assert.True(
                App.ConstructorParameters(App.Functions[job.Name]).Contains(job.Handler.FullName),
                $"{job.Name}: the function class does not take {job.Handler.Name}");
        }
    }

    [Fact]
    public void Queue_functions_take_no_retry_attribute_and_timer_retries_are_bounded()
    {
        foreach (var job in Compiled.Where(j => j.Trigger is JobTrigger.Queue or JobTrigger.Http))
        {
            Assert.False(App.Functions[job.Name].TryGetProperty("retry", out _), $"{job.Name}: queues retry by dequeue count, HTTP not at all");
        }

        foreach (var job in Compiled.Where(j => j.Trigger == JobTrigger.Timer))
        {
            if (App.Functions[job.Name].TryGetProperty("retry", out var retry))
            {
                Assert.InRange(retry.GetProperty("maxRetryCount").GetInt32(), 1, 5);
            }
        }
    }

    [Fact]
    public void Event_Hub_function_binds_its_row_in_source_where_its_extension_is_not_compiled()
    {
        var job = Assert.Single(PipelineJobs.Of(JobTrigger.EventHub));
        var source = File.ReadAllText(Path.Combine(App.SourceFolder, "Buzz", $"{job.Name}.cs"));

        Assert.Contains($"[Function(nameof({job.Name}))]", source, StringComparison.Ordinal);
        Assert.Contains(
            $"[EventHubTrigger(\"{job.Expression}\", Connection = \"{job.Connection}\", ConsumerGroup = \"%{job.ConsumerGroupSetting}%\")] string[] events",
            source, StringComparison.Ordinal);
        Assert.Matches(new Regex($@"class {job.Name}\({job.Handler.Name} \w+\)"), source);
        Assert.Equal(App.HasEventHubsExtension, App.Functions.ContainsKey(job.Name));
    }

    [Fact]
    public void Local_host_runs_every_timer_and_queue_row_and_maps_every_http_row()
    {
        var app = LocalHostApp.Create(new LocalHostSettings
        {
            Urls = "http://127.0.0.1:0",
            Overrides = new Dictionary<string, string?> { ["Storage:ConnectionString"] = "UseDevelopmentStorage=true" },
        });

        Assert.Equal(
            PipelineJobs.Of(JobTrigger.Timer).Select(j => j.Name),
            app.Services.GetServices<TimerJob>().Select(t => t.Name));
        Assert.Equal(
            PipelineJobs.Of(JobTrigger.Queue).Select(j => j.Name),
            app.Services.GetServices<QueueJob>().Select(q => q.Definition.Name));
        Assert.All(app.Services.GetServices<TimerJob>(), t => Assert.IsType(t.Definition.Handler, t.Job));
        Assert.All(app.Services.GetServices<QueueJob>(), q => Assert.IsType(q.Definition.Handler, q.Handler));

        var mapped = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var job in PipelineJobs.Of(JobTrigger.Http))
        {
            Assert.All(job.Methods, m => Assert.Contains($"{m} /api/{job.Route}", mapped));
        }
    }

    [Fact]
    public void Every_setting_a_trigger_names_is_in_the_sample_settings_and_the_deployed_app_settings()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(App.RepositoryRoot, "local.settings.sample.json")));
        var values = sample.RootElement.GetProperty("Values");
        var appSettings = File.ReadAllText(Path.Combine(App.RepositoryRoot, "infra", "app", "api.bicep"));
        var settings = PipelineJobs.All.SelectMany(j => new[] { j.Setting, j.ConsumerGroupSetting }).OfType<string>().Distinct(StringComparer.Ordinal);

        foreach (var setting in settings)
        {
            Assert.True(values.TryGetProperty(setting, out _), $"local.settings.sample.json has no {setting}");
            Assert.Contains($"name: '{setting}'", appSettings, StringComparison.Ordinal);
        }

        foreach (var job in PipelineJobs.Of(JobTrigger.Queue).Where(j => !j.Queue!.EndsWith("-poison", StringComparison.Ordinal)))
        {
            Assert.Equal($"nj-{job.Queue}", values.GetProperty(job.Setting!).GetString());
            Assert.Contains($"name: '{job.Setting}', value: '${{storagePrefix}}-{job.Queue}'", appSettings, StringComparison.Ordinal);
        }
    }

    private static string? Text(JsonElement binding, string name) =>
        binding.TryGetProperty(name, out var value) ? value.GetString() : null;
}
