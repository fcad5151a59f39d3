using Mlops.Build.Integrations.GitHub;
using Mlops.Build.Integrations.GitHub.Reports;
using Mlops.Build.Integrations.Http;
using Mlops.Simulators.GitHub;

namespace Mlops.Integrations.Tests.GitHub.Reports;

public sealed class ReleasePublisherTests : IDisposable
{
    private const string Notes = "# churn 1.2.0\n\n## Metrics on the held-out test split\n";
    private static readonly NewRelease Release = new("v1.2.0", "churn 1.2.0", Notes);

    private readonly string _folder = Directory.CreateTempSubdirectory("release-").FullName;
    private readonly List<string> _log = [];

    [Fact]
    public async Task Creates_the_release_with_the_card_as_notes_and_attaches_the_package()
    {
        await using var rig = await GitHubRig.StartAsync();
        var package = Package("Acme.Churn.Model.1.2.0.nupkg", [0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF]);

        var publication = await new ReleasePublisher(rig.Client, _log.Add).PublishAsync(Release, [package]);

        var release = Assert.Single(rig.Repo.Releases);
        Assert.Equal(("v1.2.0", "churn 1.2.0", Notes, false), (release.TagName, release.Name, release.Body, release.Draft));
        var asset = Assert.Single(release.Assets);
        Assert.Equal("Acme.Churn.Model.1.2.0.nupkg", asset.Name);
        Assert.Equal(await File.ReadAllBytesAsync(package), asset.Content);
        Assert.Equal("application/octet-stream", asset.ContentType);
        Assert.Equal(asset.Id, Assert.Single(publication.Assets).Id);
    }

    [Fact]
    public async Task The_package_goes_to_the_releases_upload_url_not_to_the_api()
    {
        await using var rig = await GitHubRig.StartAsync();

        await new ReleasePublisher(rig.Client, _log.Add).PublishAsync(Release, [Package("model.nupkg", [1, 2, 3])]);

        var release = Assert.Single(rig.Repo.Releases);
        var upload = Assert.Single(rig.Simulator.Requests, request => request.Path.EndsWith("/assets", StringComparison.Ordinal));
        Assert.Equal(("POST", $"/uploads/repos/{rig.Repo.FullName}/releases/{release.Id}/assets", "?name=model.nupkg"), (upload.Method, upload.Path, upload.Query));
        Assert.Equal($"Bearer {rig.Simulator.Token}", upload.Headers["Authorization"]);
    }

    [Fact]
    public async Task A_rerun_reuses_the_release_and_does_not_attach_the_package_twice()
    {
        await using var rig = await GitHubRig.StartAsync();
        var publisher = new ReleasePublisher(rig.Client, _log.Add);
        var package = Package("model.nupkg", [1, 2, 3]);

        var first = await publisher.PublishAsync(Release, [package]);
        var second = await publisher.PublishAsync(Release, [package]);

        Assert.Equal(first.Release.Id, second.Release.Id);
        Assert.Single(Assert.Single(rig.Repo.Releases).Assets);
        Assert.Single(rig.Simulator.Requests, request => request.Path.EndsWith("/assets", StringComparison.Ordinal));
        Assert.Contains(_log, line => line.Contains("already has a release", StringComparison.Ordinal));
        Assert.Contains(_log, line => line.Contains("model.nupkg is already attached", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rerun_after_a_failed_upload_reuses_the_release_and_attaches_the_package()
    {
        await using var rig = await GitHubRig.StartAsync();
        var publisher = new ReleasePublisher(rig.Client, _log.Add);
        var package = Package("model.nupkg", [1, 2, 3]);
        rig.Simulator.Faults.NextOn("POST", "/assets", GitHubFault.ServerError(403));

        await Assert.ThrowsAsync<ServiceException>(() => publisher.PublishAsync(Release, [package]));
        await publisher.PublishAsync(Release, [package]);

        Assert.Single(Assert.Single(rig.Repo.Releases).Assets);
    }

    [Fact]
    public async Task An_upload_whose_answer_was_lost_is_not_an_error_when_retried()
    {
        await using var rig = await GitHubRig.StartAsync();
        rig.Simulator.Faults.NextOn("POST", "/assets", GitHubFault.ServerErrorAfterCommit());

        var publication = await new ReleasePublisher(rig.Client, _log.Add).PublishAsync(Release, [Package("model.nupkg", [1, 2, 3])]);

        var asset = Assert.Single(Assert.Single(rig.Repo.Releases).Assets);
        Assert.Equal(asset.Id, Assert.Single(publication.Assets).Id);
    }

    [Fact]
    public async Task A_lost_reply_to_the_release_create_is_found_by_its_tag_instead_of_created_twice()
    {
        await using var rig = await GitHubRig.StartAsync();
        rig.Simulator.Faults.NextOn("POST", "/releases", GitHubFault.DropAfterCommit());

        var publication = await new ReleasePublisher(rig.Client, _log.Add).PublishAsync(Release, [Package("model.nupkg", [1, 2, 3])]);

        var release = Assert.Single(rig.Repo.Releases);
        Assert.Equal(release.Id, publication.Release.Id);
        Assert.Single(release.Assets);
        Assert.Single(rig.Simulator.RequestsTo("POST", "/releases"));
    }

    [Fact]
    public async Task Behind_a_GitHub_dropping_every_third_reply_after_its_write_one_release_carries_each_file_once()
    {
        await using var rig = await GitHubRig.StartAsync();
        rig.Simulator.Faults.Every(3, GitHubFault.DropAfterCommit());

        await new ReleasePublisher(rig.Client, _log.Add).PublishAsync(Release, [Package("model.nupkg", [1, 2, 3]), Package("card.md", [4, 5])]);

        var release = Assert.Single(rig.Repo.Releases);
        Assert.Equal(["card.md", "model.nupkg"], release.Assets.Select(asset => asset.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_refusal_other_than_an_existing_release_is_not_hidden()
    {
        await using var rig = await GitHubRig.StartAsync();
        rig.Simulator.Faults.NextOn("POST", "/releases", GitHubFault.ServerError(422));

        var error = await Assert.ThrowsAsync<ServiceException>(() => new ReleasePublisher(rig.Client, _log.Add).PublishAsync(Release, []));

        Assert.Contains("POST /repos/octo-org/model-repo/releases", error.Message, StringComparison.Ordinal);
        Assert.Empty(rig.Repo.Releases);
    }

    [Fact]
    public async Task Without_a_token_the_release_and_its_files_are_printed_and_marked_not_filed()
    {
        var client = GitHubClientFactory.Create(GitHubSettings.Create(null, "acme/churn", GitHubSettings.DefaultApiUrl), _log.Add, onGitHubActions: false);

        await new ReleasePublisher(client, _log.Add).PublishAsync(Release, [Package("model.nupkg", [1, 2, 3])]);

        Assert.StartsWith($"{UnfiledGitHubClient.NotFiled} on acme/churn: release v1.2.0\n{Notes}", _log[0], StringComparison.Ordinal);
        Assert.StartsWith($"{UnfiledGitHubClient.NotFiled} on acme/churn: asset model.nupkg (3 bytes)", _log[1], StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Package(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
