using Mlops.Build.Integrations.Http;
using Gh = Octokit;
using Octokit.Internal;

namespace Mlops.Build.Integrations.GitHub;

/// <summary>
/// Builds the client the settings call for: Octokit on GitHub's base URL (GitHub Enterprise: https://host/api/v3) with
/// GitHub's headers, retries and rate-limit rules in the handlers beneath it, when there is a token; otherwise the one
/// that prints what it would have filed.
/// </summary>
public static class GitHubClientFactory
{
    public const string UserAgent = "mlops-build";

    public static RetryPolicy DefaultPolicy(GitHubRateLimits rateLimits)
    {
        ArgumentNullException.ThrowIfNull(rateLimits);
        return new RetryPolicy
        {
            AttemptTimeout = TimeSpan.FromSeconds(30),
            Classify = rateLimits.Classify,
            MayResendUnanswered = GitHubRateLimits.MayResendUnanswered,
        };
    }

    /// <param name="log">Receives retry notes, the ::add-mask:: line on GitHub Actions and the unfiled output; never the token.</param>
    public static IGitHubClient Create(GitHubSettings settings, Action<string> log, bool onGitHubActions, SecretMasker? masker = null) =>
        settings is null || !settings.CanFile
            ? new UnfiledGitHubClient(settings?.Repository ?? "unknown/unknown", log)
            : CreateRest(settings, log, onGitHubActions, masker ?? SecretMasker.Shared, null, null);

    /// <summary>The Octokit client; tests pass a policy and a delay so a retry does not sleep, and may pass the transport.</summary>
    public static OctokitGitHubClient CreateRest(
        GitHubSettings settings,
        Action<string> log,
        bool onGitHubActions,
        SecretMasker masker,
        RetryPolicy? policy,
        Func<TimeSpan, CancellationToken, Task>? delay,
        HttpMessageHandler? transport = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(masker);
        var maskLine = masker.Register(settings.Token);
        if (onGitHubActions && maskLine is not null)
        {
            log(maskLine);
        }

        void MaskedLog(string line) => log(masker.Apply(line));
        var retryPolicy = policy ?? DefaultPolicy(new GitHubRateLimits());
        var retrying = new RetryingHandler(retryPolicy, delay: delay)
        {
            InnerHandler = new ErrorBufferingHandler { InnerHandler = transport ?? new SocketsHttpHandler() },
        };
        retrying.Retrying += attempt => MaskedLog($"GitHub: {attempt.Describe()}");
        var connection = new Gh.Connection(
            new Gh.ProductHeaderValue(UserAgent, "1.0"),
            settings.ApiUrl,
            new InMemoryCredentialStore(new Gh.Credentials(settings.Token, Gh.AuthenticationType.Bearer)),
            new RetryBoundedHttpClient(new GitHubRequestRules(settings.ApiUrl) { InnerHandler = retrying }),
            new SimpleJsonSerializer());
        var safeCreate = new SafeCreate(retryPolicy, delay ?? Task.Delay, MaskedLog);
        return new OctokitGitHubClient(new Gh.GitHubClient(connection), settings, new GitHubCalls(masker), safeCreate);
    }
}
