using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Mlops.Build.Tests.Workflows;

/// <summary>What a careful maintainer checks before signing the workflows: pinned actions, scoped secrets, gated production.</summary>
public sealed partial class WorkflowHardeningTests
{
    public static TheoryData<string> WorkflowFiles() => [.. Workflow.All().Select(w => w.Name)];

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Every_action_is_pinned_by_commit_SHA_with_its_version_in_a_comment(string file)
    {
        var uses = File.ReadAllLines(Path(file)).Where(line => UsesLine().IsMatch(line)).ToList();

        Assert.NotEmpty(uses);
        Assert.All(uses, line => Assert.Matches(PinnedUse(), line));
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Secrets_reach_only_the_steps_that_use_them(string file)
    {
        var workflow = Workflow.Load(Path(file));

        Assert.False(ReadsSecrets(Child(workflow.Root, "env")), $"{file}: the workflow-level env hands secrets to every job.");
        Assert.All(workflow.Jobs(), job => Assert.False(ReadsSecrets(Child(job.Job, "env")), $"{file}: job '{job.Name}' hands secrets to all its steps."));
    }

    [Fact]
    public void The_job_that_tests_and_packs_holds_no_write_permission_and_no_secret_but_the_feeds()
    {
        var test = Job("push.yml", "test");

        Assert.All(Permissions(test), permission => Assert.Equal("read", permission.Value));
        Assert.Contains(Runs(test), run => run.Contains("--target=Pack", StringComparison.Ordinal));
    }

    [Fact]
    public void Staging_then_production_each_deploy_in_their_GitHub_environment_the_package_the_test_job_built()
    {
        var staging = Job("push.yml", "deploy-staging");
        var production = Job("push.yml", "promote");

        Assert.Equal("staging", EnvironmentName(staging));
        Assert.Equal("production", EnvironmentName(production));
        Assert.Contains("actions/download-artifact@", Uses(staging));
        Assert.Contains(Runs(staging), run => run.Contains("--target=Publish --exclusive", StringComparison.Ordinal));
        Assert.Contains(Runs(staging), run => run.Contains("--target=Deploy --exclusive --environment=staging", StringComparison.Ordinal));
        Assert.Contains(Runs(production), run => run.Contains("--target=Promote --exclusive --from=staging --to=production", StringComparison.Ordinal));
        Assert.Equal("deploy-staging", ((YamlScalarNode)Child(production, "needs")!).Value);
    }

    [Theory]
    [InlineData("push.yml", "deploy-staging")]
    [InlineData("push.yml", "promote")]
    [InlineData("monitor.yml", "retrain")]
    public void A_running_deploy_is_never_cancelled_by_a_newer_run(string file, string job)
    {
        var workflowLevel = (YamlMappingNode?)Child(Workflow.Load(Path(file)).Root, "concurrency");
        var jobLevel = (YamlMappingNode)Child(Job(file, job), "concurrency")!;

        Assert.Equal("false", ((YamlScalarNode)jobLevel.Children[new YamlScalarNode("cancel-in-progress")]).Value);
        Assert.NotEqual("true", workflowLevel is null ? null : ((YamlScalarNode)workflowLevel.Children[new YamlScalarNode("cancel-in-progress")]).Value);
    }

    [Fact]
    public void Pull_requests_are_built_once()
    {
        var on = (YamlMappingNode)Child(Workflow.Load(Path("push.yml")).Root, "on")!;
        var branches = (YamlSequenceNode)((YamlMappingNode)on.Children[new YamlScalarNode("push")]).Children[new YamlScalarNode("branches")];

        Assert.True(on.Children.ContainsKey(new YamlScalarNode("pull_request")));
        Assert.DoesNotContain(branches.Children.OfType<YamlScalarNode>(), branch => branch.Value!.Contains('*', StringComparison.Ordinal));
    }

    [Fact]
    public void Dependabot_updates_the_actions_the_NuGet_packages_and_the_base_images()
    {
        var text = File.ReadAllText(RepositoryRoot.Combine(".github", "dependabot.yml"));

        foreach (var ecosystem in new[] { "github-actions", "nuget", "docker" })
        {
            Assert.Contains($"package-ecosystem: {ecosystem}", text, StringComparison.Ordinal);
        }
    }

    private static string Path(string file) => RepositoryRoot.Combine(".github", "workflows", file);

    private static YamlMappingNode Job(string file, string name) => Workflow.Load(Path(file)).Jobs().Single(job => job.Name == name).Job;

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static bool ReadsSecrets(YamlNode? env) =>
        env is YamlMappingNode mapping && mapping.Children.Values.OfType<YamlScalarNode>().Any(value => value.Value!.Contains("secrets.", StringComparison.Ordinal));

    private static IEnumerable<KeyValuePair<string, string>> Permissions(YamlMappingNode job) =>
        ((YamlMappingNode)Child(job, "permissions")!).Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, ((YamlScalarNode)p.Value).Value!));

    private static string? EnvironmentName(YamlMappingNode job) => Child(job, "environment") switch
    {
        YamlScalarNode name => name.Value,
        YamlMappingNode environment => ((YamlScalarNode)environment.Children[new YamlScalarNode("name")]).Value,
        _ => null,
    };

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode job) => ((YamlSequenceNode)Child(job, "steps")!).Children.OfType<YamlMappingNode>();

    private static List<string> Runs(YamlMappingNode job) => [.. Steps(job).Select(step => Child(step, "run")).OfType<YamlScalarNode>().Select(run => run.Value!)];

    private static string Uses(YamlMappingNode job) => string.Join(' ', Steps(job).Select(step => Child(step, "uses")).OfType<YamlScalarNode>().Select(u => u.Value));

    [GeneratedRegex(@"^\s*(-\s+)?uses:")]
    private static partial Regex UsesLine();

    [GeneratedRegex(@"uses: [\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$")]
    private static partial Regex PinnedUse();
}
