using Cake.Core;
using Cake.Core.IO;

namespace Cake.Frosting;

/// <summary>Cake's environment, with environment variables that a test can override for one run.</summary>
internal sealed class HostEnvironment(IReadOnlyDictionary<string, string?>? overrides, DirectoryPath? workingDirectory = null) : ICakeEnvironment
{
    private readonly CakeEnvironment _inner = new(new CakePlatform(), new CakeRuntime());
    private DirectoryPath? _workingDirectory = workingDirectory;

    /// <summary>The process's current directory, unless the host was given one (kept here, so the process's stays as it is).</summary>
    public DirectoryPath WorkingDirectory
    {
        get => _workingDirectory ?? _inner.WorkingDirectory;
        set
        {
            if (_workingDirectory is null)
            {
                _inner.WorkingDirectory = value;
            }
            else
            {
                _workingDirectory = value;
            }
        }
    }

    public DirectoryPath UserHomeDirectory => _inner.UserHomeDirectory;

    public DirectoryPath ApplicationRoot => _inner.ApplicationRoot;

    public ICakePlatform Platform => _inner.Platform;

    public ICakeRuntime Runtime => _inner.Runtime;

    public static bool IsGitHubActions(ICakeEnvironment environment) =>
        string.Equals(environment.GetEnvironmentVariable("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);

    public DirectoryPath GetSpecialPath(SpecialPath path) => _inner.GetSpecialPath(path);

    public string GetEnvironmentVariable(string variable) =>
        overrides is not null && overrides.TryGetValue(variable, out var value)
            ? value!
            : _inner.GetEnvironmentVariable(variable);

    public IDictionary<string, string> GetEnvironmentVariables()
    {
        var variables = _inner.GetEnvironmentVariables();
        foreach (var (name, value) in overrides ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                variables.Remove(name);
            }
            else
            {
                variables[name] = value;
            }
        }

        return variables;
    }
}
