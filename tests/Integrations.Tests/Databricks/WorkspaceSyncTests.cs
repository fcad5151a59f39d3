using Mlops.Build.Integrations.Databricks;
using Mlops.Simulators.Databricks;

namespace Mlops.Integrations.Tests.Databricks;

public sealed class WorkspaceSyncTests : DatabricksHarness
{
    private const string Path = "/Repos/acme/churn-model";
    private const string Url = "https://github.com/acme/churn-model.git";
    private const string FeatureCommit = "1a2b3c4d5e6f708192a3b4c5d6e7f80912a3b4c5";
    private const string OtherCommit = "ffeeddccbbaa99887766554433221100ffeeddcc";

    [Fact]
    public async Task A_missing_git_folder_is_created_then_checked_out_at_the_branch()
    {
        Simulator.Workspace.SetRef("feature/drift", FeatureCommit);

        var result = await new WorkspaceSync(Client).SyncAsync(Path, Url, GitReference.Branch("feature/drift"), FeatureCommit);

        Assert.True(result.Created);
        var repo = Assert.Single(Simulator.Workspace.Repos);
        Assert.Equal((Path, Url, "gitHub", "feature/drift", FeatureCommit), (repo.Path, repo.Url, repo.Provider, repo.Branch, repo.HeadCommitId));
        Assert.Equal(FeatureCommit, result.HeadCommit);
        Assert.Null(result.Warning);
        Assert.Contains(Path, result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_already_at_the_branch_is_found_not_created()
    {
        Simulator.Workspace.SetRef("main", FeatureCommit);
        var existing = Simulator.Workspace.AddRepo(Path, Url, "main");

        var result = await new WorkspaceSync(Client).SyncAsync(Path, Url, GitReference.Branch("main"), FeatureCommit);

        Assert.False(result.Created);
        Assert.Equal(existing.Id, result.RepoId);
        Assert.Equal(0, Simulator.CountRequests("POST", "/api/2.0/repos"));
        Assert.Null(result.Warning);
    }

    [Fact]
    public async Task A_head_other_than_the_built_commit_is_a_warning_naming_both()
    {
        Simulator.Workspace.SetRef("main", OtherCommit);

        var result = await new WorkspaceSync(Client).SyncAsync(Path, Url, GitReference.Branch("main"), FeatureCommit);

        Assert.Equal(OtherCommit, result.HeadCommit);
        Assert.NotNull(result.Warning);
        Assert.Contains(OtherCommit, result.Warning, StringComparison.Ordinal);
        Assert.Contains(FeatureCommit, result.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tag_leaves_the_folder_detached_at_the_tagged_commit()
    {
        Simulator.Workspace.SetRef("v1.2.0", FeatureCommit);
        Simulator.Workspace.AddRepo(Path, Url, "main");

        var result = await new WorkspaceSync(Client).SyncAsync(Path, Url, GitReference.Tag("v1.2.0"), FeatureCommit);

        var repo = Assert.Single(Simulator.Workspace.Repos);
        Assert.Null(repo.Branch);
        Assert.Equal(FeatureCommit, repo.HeadCommitId);
        Assert.Null(result.Warning);
    }

    [Fact]
    public async Task The_folder_is_found_on_a_later_page_and_not_confused_with_a_longer_path()
    {
        Simulator.Workspace.ReposPageSize = 1;
        Simulator.Workspace.AddRepo(Path + "-old", Url, "main");
        Simulator.Workspace.AddRepo(Path + "-scratch", Url, "main");
        var existing = Simulator.Workspace.AddRepo(Path, Url, "main");

        var result = await new WorkspaceSync(Client).SyncAsync(Path, Url, GitReference.Branch("main"), FeatureCommit);

        Assert.Equal(existing.Id, result.RepoId);
        Assert.Equal(3, Simulator.Workspace.Repos.Count);
    }

    [Fact]
    public async Task A_branch_the_remote_does_not_have_fails_naming_the_call_and_the_services_message()
    {
        var error = await Assert.ThrowsAsync<Mlops.Build.Integrations.Http.ServiceException>(
            () => new WorkspaceSync(Client).SyncAsync(Path, Url, GitReference.Branch("not-pushed"), FeatureCommit));

        Assert.Contains("check out branch not-pushed", error.Message, StringComparison.Ordinal);
        Assert.Contains("INVALID_PARAMETER_VALUE: Branch not-pushed does not exist.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://github.com/acme/churn.git", "gitHub")]
    [InlineData("git@github.com:acme/churn.git", "gitHub")]
    [InlineData("https://gitlab.com/acme/churn", "gitLab")]
    [InlineData("https://dev.azure.com/acme/project/_git/churn", "azureDevOpsServices")]
    [InlineData("https://bitbucket.org/acme/churn.git", "bitbucketCloud")]
    public void The_provider_follows_the_repository_url(string url, string provider) =>
        Assert.Equal(provider, GitProvider.FromUrl(url));

    [Fact]
    public void An_unknown_git_host_fails_naming_the_url() =>
        Assert.Contains("git.example.org", Assert.Throws<InvalidOperationException>(() => GitProvider.FromUrl("https://git.example.org/a/b.git")).Message, StringComparison.Ordinal);

    [Fact]
    public void The_default_folder_is_the_owner_and_repository_name() =>
        Assert.Equal("/Repos/acme/churn", new BuildSource("https://github.com/acme/churn.git", GitReference.Branch("main")).DefaultRepoPath);
}
