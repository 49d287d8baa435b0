using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Newsjack.Functions;

// The isolated-worker host: the same registrations as the local host (`newsjack serve`), so both run the same
// handlers. TimeProvider.System is registered by AddNewsjackCore. Telemetry goes to Application Insights through
// OpenTelemetry (host.json `telemetryMode`), the worker's spans joined to the host's invocation spans.
var builder = FunctionsApplication.CreateBuilder(args);
builder.Services.AddNewsjackCore();
builder.Services.AddNewsjackAzure(builder.Configuration);
builder.Services.AddNewsjackTelemetry(builder.Configuration, otel => otel.UseFunctionsWorkerDefaults());
builder.UseMiddleware<ExceptionLoggingMiddleware>();
builder.UseMiddleware<StageTelemetryMiddleware>();
builder.Build().Run();
