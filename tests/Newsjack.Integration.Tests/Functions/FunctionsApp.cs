using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;

namespace Newsjack.Integration.Tests.Functions;

/// <summary>
/// The Functions app as its SDK built it: the generated `functions.metadata`, the compiled adapter classes (loaded
/// in their own context with the app's dependencies) and its sources. ./test.sh builds the whole solution first.
/// </summary>
internal sealed class FunctionsApp
{
    private static readonly Lazy<FunctionsApp> Built = new(() => new FunctionsApp());
    private readonly AssemblyLoadContext _context;
    private readonly Assembly _assembly;

    private FunctionsApp()
    {
        var attributes = typeof(FunctionsApp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value);
        RepositoryRoot = attributes["RepositoryRoot"]!;
        SourceFolder = Path.Combine(RepositoryRoot, "functions", "Newsjack.Functions");
        OutputFolder = Path.Combine(SourceFolder, "bin", attributes["Configuration"]!, "net10.0");
        var metadata = Path.Combine(OutputFolder, "functions.metadata");
        Assert.True(File.Exists(metadata), $"{metadata} is missing: build functions/Newsjack.Functions first (./test.sh builds Newsjack.sln)");
        using var document = JsonDocument.Parse(File.ReadAllText(metadata));
        Functions = document.RootElement.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.Clone(), StringComparer.Ordinal);

        var dll = Path.Combine(OutputFolder, "Newsjack.Functions.dll");
        var resolver = new AssemblyDependencyResolver(dll);
        _context = new AssemblyLoadContext("functions-app", isCollectible: false);
        _context.Resolving += (context, name) => resolver.ResolveAssemblyToPath(name) is { } path ? context.LoadFromAssemblyPath(path) : null;
        _assembly = _context.LoadFromAssemblyPath(dll);
    }

    public static FunctionsApp Instance => Built.Value;

    public string RepositoryRoot { get; }

    public string SourceFolder { get; }

    public string OutputFolder { get; }

    /// <summary>Every function in `functions.metadata`, by name.</summary>
    public IReadOnlyDictionary<string, JsonElement> Functions { get; }

    /// <summary>True where the Event Hubs worker extension was restored and compiled in (WithEventHubsTrigger=true).</summary>
    public bool HasEventHubsExtension => File.Exists(Path.Combine(OutputFolder, "Microsoft.Azure.Functions.Worker.Extensions.EventHubs.dll"));

    /// <summary>The full names of the constructor parameter types of the class that a function's entry point is on.</summary>
    public IReadOnlyList<string> ConstructorParameters(JsonElement function)
    {
        var entryPoint = function.GetProperty("entryPoint").GetString()!;
        var type = _assembly.GetType(entryPoint[..entryPoint.LastIndexOf('.')], throwOnError: true)!;
        return [.. type.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.ParameterType.FullName!)];
    }

    /// <summary>The trigger binding (direction In, type ending in Trigger) of a function.</summary>
    public static JsonElement Trigger(JsonElement function) =>
        Assert.Single(function.GetProperty("bindings").EnumerateArray(), b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
}
