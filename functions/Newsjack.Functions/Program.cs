using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Newsjack.Functions;

// The isolated-worker host: the same registrations as the local host (`newsjack serve`), so both run the same
// handlers. TimeProvider.System is registered by AddNewsjackCore.
var builder = FunctionsApplication.CreateBuilder(args);
builder.Services.AddNewsjackCore();
builder.Services.AddNewsjackAzure(builder.Configuration);
builder.UseMiddleware<ExceptionLoggingMiddleware>();
builder.Build().Run();
