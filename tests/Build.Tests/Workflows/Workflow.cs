using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Mlops.Build.Tests.Workflows;

/// <summary>A GitHub workflow file, read with YamlDotNet, with what the checks need from it.</summary>
internal sealed partial class Workflow
{
    private Workflow(string path, YamlMappingNode root)
    {
        Path = path;
        Root = root;
    }

    public string Path { get; }

    public string Name => System.IO.Path.GetFileName(Path);

    public YamlMappingNode Root { get; }

    public static IReadOnlyList<Workflow> All() =>
        [.. Directory.GetFiles(RepositoryRoot.Combine(".github", "workflows"), "*.yml").Order().Select(Load)];

    public static Workflow Load(string path)
    {
        var stream = new YamlStream();
        using var reader = File.OpenText(path);
        stream.Load(reader);
        return new Workflow(path, (YamlMappingNode)stream.Documents[0].RootNode);
    }

    public IEnumerable<(string Name, YamlMappingNode Job)> Jobs() =>
        ((YamlMappingNode)Root.Children[new YamlScalarNode("jobs")]).Children
            .Select(pair => (((YamlScalarNode)pair.Key).Value!, (YamlMappingNode)pair.Value));

    public IEnumerable<string> RunCommands() =>
        Jobs().SelectMany(job => Steps(job.Job))
            .Select(step => step.Children.TryGetValue(new YamlScalarNode("run"), out var run) ? ((YamlScalarNode)run).Value : null)
            .OfType<string>();

    public IEnumerable<string> Targets() =>
        RunCommands().SelectMany(run => TargetPattern().Matches(run)).Select(match => match.Groups[1].Value).Distinct();

    public IEnumerable<string> Secrets() =>
        SecretPattern().Matches(File.ReadAllText(Path)).Select(match => match.Groups[1].Value).Distinct();

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode job) =>
        job.Children.TryGetValue(new YamlScalarNode("steps"), out var steps)
            ? ((YamlSequenceNode)steps).Children.OfType<YamlMappingNode>()
            : [];

    [GeneratedRegex(@"--target=([A-Za-z]+)")]
    private static partial Regex TargetPattern();

    [GeneratedRegex(@"secrets\.([A-Z_][A-Z0-9_]*)")]
    private static partial Regex SecretPattern();
}
