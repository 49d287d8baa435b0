
namespace Newsjack.Cli.Endpoints;

/// <summary>Every HTTP endpoint of the local host, one line each (the Functions app has an HTTP function per line).</summary>
public static class LocalEndpoints
{
    public static IEndpointRouteBuilder MapLocalEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthEndpoint();
        endpoints.MapBuzzEndpoints();
        endpoints.MapCardPageEndpoints();
        endpoints.MapDevTeamsEndpoints();
        endpoints.MapReportEndpoints();
        endpoints.MapAdminEndpoints();
        return endpoints;
    }
}
