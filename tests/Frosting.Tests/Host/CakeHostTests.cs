namespace Cake.Frosting.Tests.Host;

public sealed class CakeHostTests
{
    private static readonly Type[] Chain = [typeof(First), typeof(Second), typeof(Third), typeof(Before), typeof(Aggregate)];

    [Fact]
    public void Runs_dependencies_first_in_graph_order()
    {
        var result = HostHarness.Run(Chain, ["--target=Third"]);

        Assert.Equal(0, result.ExitCode);
        AssertDependencyOrder([.. result.Ran]);
    }

    [Fact]
    public void An_aggregate_target_runs_its_dependencies_and_has_no_body_of_its_own()
    {
        var result = HostHarness.Run(Chain, ["--target=Aggregate"]);

        Assert.Equal(0, result.ExitCode);
        AssertDependencyOrder([.. result.Ran]);
    }

    [Fact]
    public void Exclusive_runs_the_target_alone()
    {
        var result = HostHarness.Run(Chain, ["--target=Third", "--exclusive"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["Third"], result.Ran);
    }

    [Fact]
    public void Dry_run_lists_the_plan_in_order_and_runs_nothing()
    {
        var result = HostHarness.Run(Chain, ["--target=Third", "--dryrun"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Ran);
        var plan = result.Output.Split('\n')
            .Select(line => System.Text.RegularExpressions.Regex.Match(line.Trim(), @"^\d+\. (\w+)$"))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value)
            .ToList();
        AssertDependencyOrder(plan);
    }

    [Fact]
    public void Dry_run_prints_only_the_plan_not_what_a_task_says_while_deciding_whether_to_run()
    {
        var result = HostHarness.Run([typeof(Skipped), typeof(AfterSkipped)], ["--target=AfterSkipped", "--dryrun"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["1. AfterSkipped"], result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void A_task_whose_criteria_fail_is_skipped_with_its_reason_and_the_rest_still_runs()
    {
        var result = HostHarness.Run([typeof(Skipped), typeof(AfterSkipped)], ["--target=AfterSkipped"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["AfterSkipped"], result.Ran);
        Assert.Contains("Skipping Skipped: nothing to do in this test.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_task_fails_the_run_stops_its_dependents_and_still_runs_its_finally()
    {
        var result = HostHarness.Run([typeof(Fails), typeof(AfterFails)], ["--target=AfterFails"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["Fails.Finally"], result.Ran);
        Assert.Contains("the task broke", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overridden_error_handler_handles_the_error()
    {
        var result = HostHarness.Run([typeof(Recovers)], ["--target=Recovers"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["Recovers.OnError"], result.Ran);
    }

    [Fact]
    public void An_unknown_target_fails_and_lists_the_known_targets()
    {
        var result = HostHarness.Run(Chain, ["--target=Nope"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Ran);
        Assert.Contains("'Nope'", result.Errors, StringComparison.Ordinal);
        Assert.All(["First", "Second", "Third", "Aggregate"], name => Assert.Contains(name, result.Errors, StringComparison.Ordinal));
    }

    [Fact]
    public void Target_names_are_case_insensitive()
    {
        var result = HostHarness.Run(Chain, ["--target=first"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["First"], result.Ran);
    }

    [Fact]
    public void A_cycle_fails_before_anything_runs()
    {
        var result = HostHarness.Run([typeof(First), typeof(CycleA), typeof(CycleB)], ["--target=First"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Ran);
        Assert.Contains("cycle", result.Errors, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("CycleA", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dependency_that_is_not_a_task_of_the_build_fails_before_anything_runs()
    {
        var result = HostHarness.Run([typeof(First), typeof(Orphan)], ["--target=First"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Ran);
        Assert.Contains("Orphan", result.Errors, StringComparison.Ordinal);
        Assert.Contains(typeof(NotRegistered).FullName!, result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_name_value_argument_reaches_the_tasks()
    {
        var result = HostHarness.Run([typeof(ReadsArgument)], ["--target=ReadsArgument", "--model-version=1.2.3"]);

        Assert.Equal(["with 1.2.3"], result.Ran);
    }

    [Fact]
    public void Description_lists_every_task_with_its_description_and_runs_nothing()
    {
        var result = HostHarness.Run([typeof(First), typeof(Second)], ["--description"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Ran);
        Assert.Contains("Second", result.Output, StringComparison.Ordinal);
        Assert.Contains("Starts every sample chain", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Tree_shows_the_dependencies_of_the_target()
    {
        var result = HostHarness.Run(Chain, ["--target=Third", "--tree"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Ran);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()).ToList();
        Assert.Equal("Third", lines[0]);
        Assert.Contains(lines, l => l.EndsWith("└─ First", StringComparison.Ordinal) && l.Length > "└─ First".Length);
        Assert.Contains(lines, l => l.EndsWith("Before", StringComparison.Ordinal));
    }

    [Fact]
    public void On_GitHub_Actions_each_task_is_a_log_group_and_an_error_is_an_annotation()
    {
        var environment = new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true" };

        var ok = HostHarness.Run([typeof(First)], ["--target=First"], environment);
        var failed = HostHarness.Run([typeof(Fails)], ["--target=Fails"], environment);

        Assert.Contains("::group::First", ok.Output, StringComparison.Ordinal);
        Assert.Contains("::endgroup::", ok.Output, StringComparison.Ordinal);
        Assert.Contains("::error::", failed.Output, StringComparison.Ordinal);
        Assert.Contains("the task broke", failed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_verbosity_is_an_error_that_names_the_choices()
    {
        var result = HostHarness.Run([typeof(First)], ["--target=First", "--verbosity=loud"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("quiet, minimal, normal, verbose or diagnostic", result.Errors, StringComparison.Ordinal);
    }

    // Any topological order is right; what matters is that every task comes after what it depends on.
    private static void AssertDependencyOrder(List<string> ran)
    {
        Assert.Equal(["Before", "First", "Second", "Third"], ran.Order());
        Assert.True(ran.IndexOf("First") < ran.IndexOf("Second"), string.Join(", ", ran));
        Assert.True(ran.IndexOf("Second") < ran.IndexOf("Third"), string.Join(", ", ran));
        Assert.True(ran.IndexOf("Before") < ran.IndexOf("Third"), string.Join(", ", ran));
    }
}
