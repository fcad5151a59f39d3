using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mlops.Build.Integrations.Http;

namespace Mlops.Build.Integrations.Databricks;

/// <summary>The Databricks REST client over HttpClient: Bearer token, retries through <see cref="RetryingHandler"/>, clear errors.</summary>
public sealed class DatabricksClient : IDatabricksClient, IDisposable
{
    public const string ServiceName = "Databricks";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly HttpClient _http;
    private readonly SecretMasker _masker;
    private readonly bool _ownsHttp;

    /// <summary>Uses an HttpClient whose base address is the workspace; the token is registered with the masker.</summary>
    public DatabricksClient(HttpClient http, string token, SecretMasker? masker = null)
        : this(http, token, masker, ownsHttp: false)
    {
    }

    private DatabricksClient(HttpClient http, string token, SecretMasker? masker, bool ownsHttp)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        _http = http;
        _masker = masker ?? SecretMasker.Shared;
        _masker.Register(token);
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        _ownsHttp = ownsHttp;
    }

    /// <summary>A client for the settings' workspace with Databricks' retry rules; the delay is injectable so tests do not sleep.</summary>
    public static DatabricksClient Create(
        DatabricksSettings settings,
        RetryPolicy? policy = null,
        Func<TimeSpan, CancellationToken, Task>? delay = null,
        Action<RetryAttempt>? onRetry = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var handler = new RetryingHandler(DatabricksRetryRules.Policy(policy), delay: delay) { InnerHandler = new SocketsHttpHandler() };
        if (onRetry is not null)
        {
            handler.Retrying += onRetry;
        }

        // The handler bounds each attempt; the HttpClient's own timeout would cut across the retries.
        var http = new HttpClient(handler) { BaseAddress = settings.Host, Timeout = Timeout.InfiniteTimeSpan };
        return new DatabricksClient(http, settings.Token, null, ownsHttp: true);
    }

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    public async Task<IReadOnlyList<DatabricksRepo>> ListReposAsync(string pathPrefix, CancellationToken cancellationToken = default)
    {
        var repos = new List<DatabricksRepo>();
        string? pageToken = null;
        do
        {
            var query = $"api/2.0/repos?path_prefix={Uri.EscapeDataString(pathPrefix)}"
                + (pageToken is null ? string.Empty : $"&next_page_token={Uri.EscapeDataString(pageToken)}");
            var page = await SendAsync<RepoPage>(HttpMethod.Get, query, null, "list Git folders", cancellationToken);
            repos.AddRange(page.Repos ?? []);
            pageToken = string.IsNullOrEmpty(page.NextPageToken) ? null : page.NextPageToken;
        }
        while (pageToken is not null);

        return repos;
    }

    public Task<DatabricksRepo> CreateRepoAsync(string url, string provider, string path, CancellationToken cancellationToken = default) =>
        SendAsync<DatabricksRepo>(HttpMethod.Post, "api/2.0/repos", new { url, provider, path }, $"create Git folder {path}", cancellationToken);

    public Task UpdateRepoAsync(long repoId, GitReference reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        object body = reference.IsTag ? new { tag = reference.Name } : new { branch = reference.Name };
        return SendAsync<JsonObject>(HttpMethod.Patch, $"api/2.0/repos/{repoId}", body, $"check out {reference} in Git folder {repoId}", cancellationToken);
    }

    public async Task<long> CreateJobAsync(JsonObject settings, CancellationToken cancellationToken = default) =>
        (await SendAsync<JobIdAnswer>(HttpMethod.Post, "api/2.1/jobs/create", settings, "create job", cancellationToken)).JobId;

    public Task ResetJobAsync(long jobId, JsonObject settings, CancellationToken cancellationToken = default) =>
        SendAsync<JsonObject>(HttpMethod.Post, "api/2.1/jobs/reset", new { job_id = jobId, new_settings = settings }, $"reset job {jobId}", cancellationToken);

    public Task<StartedRun> RunNowAsync(
        long jobId,
        IReadOnlyDictionary<string, string> parameters,
        string idempotencyToken,
        CancellationToken cancellationToken = default) =>
        SendAsync<StartedRun>(
            HttpMethod.Post,
            "api/2.1/jobs/run-now",
            new { job_id = jobId, job_parameters = parameters, idempotency_token = idempotencyToken },
            $"run job {jobId}",
            cancellationToken);

    public async Task<JobRun> GetRunAsync(long runId, CancellationToken cancellationToken = default)
    {
        try
        {
            return await SendAsync<JobRun>(
                HttpMethod.Get,
                $"api/2.1/jobs/runs/get?run_id={runId.ToString(CultureInfo.InvariantCulture)}",
                null,
                $"get run {runId}",
                cancellationToken);
        }
        catch (ServiceException exception) when (IsUnknownRun(exception))
        {
            // Databricks answers an unknown run with 400 INVALID_PARAMETER_VALUE, not 404: say what it means.
            throw new ServiceException(ServiceName, $"get run {runId}", exception.Status, $"run {runId} not found ({exception.ServiceMessage})");
        }
    }

    public async Task<byte[]> DownloadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var call = $"download {path}";
        var escaped = string.Join('/', path.TrimStart('/').Split('/').Select(Uri.EscapeDataString));
        using var response = await _http.GetAsync(new Uri($"api/2.0/fs/files/{escaped}", UriKind.Relative), cancellationToken);
        await EnsureSuccessAsync(response, call, cancellationToken);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string relativeUrl, object? body, string call, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(relativeUrl, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }

        using var response = await _http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, call, cancellationToken);
        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
            ?? throw new ServiceException(ServiceName, call, response.StatusCode, "the answer had no body");
    }

    private async Task EnsureSuccessAsync(HttpResponseMessage response, string call, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        throw new ServiceException(ServiceName, call, response.StatusCode, _masker.Apply(DatabricksError.Describe(text)));
    }

    private static bool IsUnknownRun(ServiceException exception) =>
        exception.Status == HttpStatusCode.BadRequest
        && exception.ServiceMessage?.StartsWith(DatabricksError.InvalidParameterValue, StringComparison.Ordinal) == true
        && exception.ServiceMessage.Contains("does not exist", StringComparison.OrdinalIgnoreCase);

    private sealed record RepoPage(IReadOnlyList<DatabricksRepo>? Repos, string? NextPageToken);

    private sealed record JobIdAnswer(long JobId);
}
