using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;
using LibGit2Sharp;

namespace Mlops.Build.Tests.Versioning;

public sealed class GitInfoTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gitinfo-").FullName;

    [Fact]
    public void Outside_a_repository_the_commit_is_unknown_and_nothing_else_is_known()
    {
        Assert.Equal(GitInfo.None, GitInfo.Read(new AliasContext(), _folder));
        Assert.Equal(GitInfo.UnknownCommit, GitInfo.None.Commit);
    }

    [Fact]
    public void Reads_the_head_commit_branch_tag_origin_and_uncommitted_changes()
    {
        using (var repository = new Repository(Repository.Init(_folder)))
        {
            var commit = CommitFile(repository, "version.txt", "1.0.0");
            repository.ApplyTag("v1.0.0");
            repository.Network.Remotes.Add("origin", "https://github.com/acme/churn.git");
            var clean = GitInfo.Read(new AliasContext(), _folder);

            Assert.Equal(new GitInfo(commit.Sha, repository.Head.FriendlyName, "v1.0.0", false, "https://github.com/acme/churn.git"), clean);
        }

        File.WriteAllText(System.IO.Path.Combine(_folder, "version.txt"), "1.0.1");
        Assert.True(GitInfo.Read(new AliasContext(), _folder).IsDirty);
    }

    [Fact]
    public void A_detached_head_has_no_branch_and_an_untagged_commit_no_tag()
    {
        using var repository = new Repository(Repository.Init(_folder));
        var first = CommitFile(repository, "a.txt", "a");
        CommitFile(repository, "b.txt", "b");
        Commands.Checkout(repository, first);

        var info = GitInfo.Read(new AliasContext(), _folder);

        Assert.Equal(first.Sha, info.Commit);
        Assert.Null(info.Branch);
        Assert.Null(info.Tag);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Commit CommitFile(Repository repository, string name, string content)
    {
        File.WriteAllText(System.IO.Path.Combine(_folder, name), content);
        Commands.Stage(repository, name);
        var author = new Signature("Test", "test@example.com", DateTimeOffset.UnixEpoch);
        return repository.Commit($"add {name}", author, author);
    }

    // Cake.Git's aliases take the context only to resolve relative paths; the tests pass absolute ones.
    private sealed class AliasContext : ICakeContext
    {
        public IFileSystem FileSystem => new FileSystem();

        public ICakeEnvironment Environment => new CakeEnvironment(new CakePlatform(), new CakeRuntime());

        public IGlobber Globber => throw new NotSupportedException();

        public ICakeLog Log => new NullLog();

        public ICakeArguments Arguments => throw new NotSupportedException();

        public IProcessRunner ProcessRunner => throw new NotSupportedException();

        public IRegistry Registry => throw new NotSupportedException();

        public IToolLocator Tools => throw new NotSupportedException();

        public ICakeDataResolver Data => throw new NotSupportedException();

        public ICakeConfiguration Configuration => throw new NotSupportedException();
    }
}
