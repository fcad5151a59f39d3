using System.Net.Http.Headers;
using Mlops.Build.Integrations.Http;

namespace Mlops.Build.Integrations.GitHub;

/// <summary>
/// Builds the client the settings call for: the REST client with GitHub's headers, retries and rate-limit rules
/// when there is a token, otherwise the one that prints what it would have filed.
/// </summary>
public static class GitHubClientFactory
{
    public const string ApiVersion = "2022-11-28";
    public const string MediaType = "application/vnd.github+json";
    public const string UserAgent = "mlops-build";

    public static RetryPolicy DefaultPolicy(GitHubRateLimits rateLimits)
    {
        ArgumentNullException.ThrowIfNull(rateLimits);
        return new RetryPolicy { AttemptTimeout = TimeSpan.FromSeconds(30), Classify = rateLimits.Classify };
    }

    /// <param name="log">Receives retry notes, the ::add-mask:: line on GitHub Actions and the unfiled output; never the token.</param>
    public static IGitHubClient Create(GitHubSettings settings, Action<string> log, bool onGitHubActions, SecretMasker? masker = null) =>
        settings is null || !settings.CanFile
            ? new UnfiledGitHubClient(settings?.Repository ?? "unknown/unknown", log)
            : CreateRest(settings, log, onGitHubActions, masker ?? SecretMasker.Shared, null, null);

    /// <summary>The REST client; tests pass a policy and a delay so a retry does not sleep.</summary>
    public static GitHubClient CreateRest(
        GitHubSettings settings,
        Action<string> log,
        bool onGitHubActions,
        SecretMasker masker,
        RetryPolicy? policy,
        Func<TimeSpan, CancellationToken, Task>? delay)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(masker);
        var maskLine = masker.Register(settings.Token);
        if (onGitHubActions && maskLine is not null)
        {
            log(maskLine);
        }

        var retrying = new RetryingHandler(policy ?? DefaultPolicy(new GitHubRateLimits()), delay: delay)
        {
            InnerHandler = new ErrorBufferingHandler { InnerHandler = new SocketsHttpHandler() },
        };
        retrying.Retrying += attempt => log(masker.Apply($"GitHub: {attempt.Describe()}"));
        return new GitHubClient(new GitHubRest(CreateHttpClient(settings, retrying), masker), settings);
    }

    private static HttpClient CreateHttpClient(GitHubSettings settings, HttpMessageHandler handler)
    {
        // The retrying handler times each attempt and bounds each wait; an overall timeout would cut retries short.
        var http = new HttpClient(handler) { BaseAddress = settings.ApiUrl, Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(MediaType));
        http.DefaultRequestHeaders.Add("X-GitHub-Api-Version", ApiVersion);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", settings.Token);
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue(UserAgent, "1.0"));
        return http;
    }
}
