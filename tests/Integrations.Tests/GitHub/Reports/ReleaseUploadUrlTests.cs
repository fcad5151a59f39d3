using Mlops.Build.Integrations.GitHub;

namespace Mlops.Integrations.Tests.GitHub.Reports;

public sealed class ReleaseUploadUrlTests
{
    [Theory]
    [InlineData("https://api.github.com/", "https://uploads.github.com/repos/o/r/releases/1/assets{?name,label}", "https://uploads.github.com/repos/o/r/releases/1/assets?name=Acme.Model.1.2.0.nupkg")]
    [InlineData("https://ghe.example.com/api/v3/", "https://ghe.example.com/api/uploads/repos/o/r/releases/1/assets{?name,label}", "https://ghe.example.com/api/uploads/repos/o/r/releases/1/assets?name=Acme.Model.1.2.0.nupkg")]
    public void Expands_the_template_on_githubs_upload_host(string api, string template, string expected)
    {
        var release = new GitHubRelease(1, "v1.2.0", null, null, false, false, string.Empty, template);

        Assert.Equal(new Uri(expected), ReleaseUploadUrl.For(release, "Acme.Model.1.2.0.nupkg", new Uri(api)));
    }

    [Theory]
    [InlineData("https://uploads.evil.example/repos/o/r/releases/1/assets{?name,label}")]
    [InlineData("http://uploads.github.com/repos/o/r/releases/1/assets{?name,label}")]
    [InlineData("not a url")]
    public void Refuses_to_send_the_token_anywhere_else(string template)
    {
        var release = new GitHubRelease(1, "v1.2.0", null, null, false, false, string.Empty, template);

        var error = Assert.Throws<InvalidOperationException>(() => ReleaseUploadUrl.For(release, "model.nupkg", GitHubSettings.DefaultApiUrl));

        Assert.Contains("refusing to send the token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Escapes_the_file_name()
    {
        var release = new GitHubRelease(1, "v1", null, null, false, false, string.Empty, "https://uploads.github.com/repos/o/r/releases/1/assets{?name,label}");

        Assert.EndsWith("?name=model%20card%2B.md", ReleaseUploadUrl.For(release, "model card+.md", GitHubSettings.DefaultApiUrl).AbsoluteUri, StringComparison.Ordinal);
    }
}
