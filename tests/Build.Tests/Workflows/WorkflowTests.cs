using System.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Mlops.Build.Tests.Workflows;

public sealed class WorkflowTests
{
    public static TheoryData<string> WorkflowFiles() => [.. Workflow.All().Select(w => w.Name)];

    [Fact]
    public void The_three_workflows_exist()
    {
        Assert.Equal(["monitor.yml", "push.yml", "release.yml"], Workflow.All().Select(w => w.Name));
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Every_target_a_workflow_calls_is_a_task_of_the_build(string file)
    {
        var workflow = Load(file);

        Assert.NotEmpty(workflow.Targets());
        Assert.All(workflow.Targets(), target => Assert.True(Targets.Exists(target), $"{file} calls --target={target}, which the build does not have."));
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Every_secret_a_workflow_reads_is_documented_in_the_README_settings(string file)
    {
        var readme = File.ReadAllText(RepositoryRoot.Combine("README.md"));

        Assert.All(Load(file).Secrets(), secret => Assert.True(
            readme.Contains($"`{secret}`", StringComparison.Ordinal),
            $"{file} reads secrets.{secret}, which README.md's settings table does not document."));
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Every_job_declares_its_permissions_and_a_timeout(string file)
    {
        foreach (var (name, job) in Load(file).Jobs())
        {
            Assert.True(job.Children.ContainsKey(new YamlScalarNode("permissions")), $"{file}: job '{name}' has no permissions.");
            Assert.True(job.Children.ContainsKey(new YamlScalarNode("timeout-minutes")), $"{file}: job '{name}' has no timeout-minutes.");
        }
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Every_workflow_runs_through_the_bootstrap_script(string file)
    {
        var commands = Load(file).RunCommands().ToList();

        Assert.All(commands, run => Assert.StartsWith("./build.sh ", run.Trim(), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Every_workflow_passes_the_action_validator(string file)
    {
        var validator = RepositoryRoot.Combine("tests", "tools", "node_modules", ".bin", "action-validator");
        Assert.True(File.Exists(validator), $"{validator} is missing: compiling the test projects installs it (tests/tools/TestTools.targets runs npm ci).");
        using var process = Process.Start(new ProcessStartInfo(validator, Load(file).Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, $"{file} fails validation:\n{output}");
    }

    private static Workflow Load(string file) => Workflow.Load(RepositoryRoot.Combine(".github", "workflows", file));
}
