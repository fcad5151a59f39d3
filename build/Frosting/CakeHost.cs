using System.Reflection;
using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Frosting;

/// <summary>
/// The build host, in Cake.Frosting's public shape: discover the tasks, build the graph and run it with
/// Cake.Core's own engine, execution strategy and report printer.
/// </summary>
public sealed class CakeHost
{
    private readonly List<Assembly> _assemblies = [];
    private Type _contextType = typeof(FrostingContext);
    private Type? _lifetimeType;
    private Type? _taskLifetimeType;
    private IReadOnlyList<Type>? _taskTypes;
    private IConsole? _console;
    private IReadOnlyDictionary<string, string?>? _environment;
    private DirectoryPath? _workingDirectory;

    public CakeHost UseContext<TContext>()
        where TContext : IFrostingContext
    {
        _contextType = typeof(TContext);
        return this;
    }

    public CakeHost UseLifetime<TLifetime>()
        where TLifetime : IFrostingLifetime
    {
        _lifetimeType = typeof(TLifetime);
        return this;
    }

    public CakeHost UseTaskLifetime<TLifetime>()
        where TLifetime : IFrostingTaskLifetime
    {
        _taskLifetimeType = typeof(TLifetime);
        return this;
    }

    /// <summary>Adds the tasks of an assembly; without any, the entry assembly's tasks are used.</summary>
    public CakeHost AddAssembly(Assembly assembly)
    {
        _assemblies.Add(assembly);
        return this;
    }

    /// <summary>Uses exactly these task types (tests build small graphs this way).</summary>
    public CakeHost UseTasks(params Type[] taskTypes)
    {
        _taskTypes = taskTypes;
        return this;
    }

    public CakeHost UseConsole(IConsole console)
    {
        _console = console;
        return this;
    }

    /// <summary>Overrides environment variables for this run only (tests; the process environment stays untouched).</summary>
    public CakeHost UseEnvironmentVariables(IReadOnlyDictionary<string, string?> variables)
    {
        _environment = variables;
        return this;
    }

    /// <summary>Runs the build as if started in this folder (Cake.Frosting's UseWorkingDirectory); the process's current directory is left alone.</summary>
    public CakeHost UseWorkingDirectory(DirectoryPath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        _workingDirectory = new DirectoryPath(System.IO.Path.GetFullPath(path.FullPath));
        return this;
    }

    public int Run(IEnumerable<string> args) => RunAsync(args).GetAwaiter().GetResult();

    public async Task<int> RunAsync(IEnumerable<string> args)
    {
        var environment = new HostEnvironment(_environment, _workingDirectory);
        var console = _console ?? new ColorPolicyConsole(
            new CakeConsole(environment),
            ColorPolicyConsole.AllowsAnsi(Console.IsOutputRedirected, environment.GetEnvironmentVariable("NO_COLOR")));
        HostOptions options;
        TaskCatalog catalog;
        try
        {
            options = HostOptions.Parse([.. args]);
            catalog = new TaskCatalog(_taskTypes ?? DiscoverTasks());
            catalog.Validate();
        }
        catch (Exception exception) when (exception is ArgumentException or FrostingException)
        {
            WriteError(console, environment, exception.Message);
            return 1;
        }

        return await new HostRun(options, catalog, console, environment, _contextType, _lifetimeType, _taskLifetimeType)
            .ExecuteAsync();
    }

    internal static void WriteError(IConsole console, ICakeEnvironment environment, string message)
    {
        console.WriteErrorLine("Error: {0}", message);
        if (HostEnvironment.IsGitHubActions(environment))
        {
            console.WriteLine("{0}", GitHubActionsExecutionStrategy.ErrorAnnotation(message));
        }
    }

    private IEnumerable<Type> DiscoverTasks()
    {
        var assemblies = _assemblies.Count > 0 ? _assemblies : [Assembly.GetEntryAssembly()!];
        return assemblies.SelectMany(TaskCatalog.Discover);
    }
}
