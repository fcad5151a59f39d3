using Mlops.Build.Integrations.Http;

namespace Mlops.Build.Integrations.Railway;

/// <summary>Railway's public GraphQL API for the one service instance the settings name.</summary>
public sealed class RailwayClient : IRailwayClient, IDisposable
{
    private readonly HttpClient? _ownedHttp;
    private readonly RailwayGraphQl _graphQl;
    private readonly RailwaySettings _settings;
    private string? _projectId;

    public RailwayClient(HttpClient http, RailwaySettings settings, SecretMasker? masker = null)
        : this(http, settings, masker, ownsHttp: false)
    {
    }

    private RailwayClient(HttpClient http, RailwaySettings settings, SecretMasker? masker, bool ownsHttp)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(settings);
        var secrets = masker ?? SecretMasker.Shared;
        secrets.Register(settings.Token);
        _settings = settings;
        _projectId = settings.ProjectId;
        _graphQl = new RailwayGraphQl(http, settings, secrets);
        _ownedHttp = ownsHttp ? http : null;
    }

    /// <summary>A client with the shared retry rules (429 with Retry-After, 5xx, dropped connections); each retry is logged.</summary>
    public static RailwayClient Create(
        RailwaySettings settings,
        Action<string>? log = null,
        RetryPolicy? policy = null,
        Func<TimeSpan, CancellationToken, Task>? delay = null,
        SecretMasker? masker = null)
    {
        var retrying = new RetryingHandler(policy ?? new RetryPolicy(), delay: delay) { InnerHandler = new SocketsHttpHandler() };
        retrying.Retrying += attempt => log?.Invoke($"Railway: {attempt.Describe()}");
        // Each attempt is bounded by the retry policy; the client itself must not cut the retries short.
        var http = new HttpClient(retrying) { Timeout = Timeout.InfiniteTimeSpan };
        return new RailwayClient(http, settings, masker, ownsHttp: true);
    }

    public async Task<string> DeployAsync(string commitSha, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(commitSha);
        var variables = new { serviceId = _settings.ServiceId, environmentId = _settings.EnvironmentId, commitSha };
        var id = await _graphQl.SendAsync(RailwayDocuments.Deploy, variables, cancellationToken);
        return RailwayGraphQl.Read<string>(id, RailwayDocuments.Deploy);
    }

    public async Task<RailwayDeploymentInfo> GetDeploymentAsync(string deploymentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deploymentId);
        var deployment = await _graphQl.SendAsync(RailwayDocuments.Deployment, new { id = deploymentId }, cancellationToken);
        return RailwayGraphQl.Read<RailwayDeploymentInfo>(deployment, RailwayDocuments.Deployment);
    }

    public async Task<IReadOnlyList<RailwayDeploymentSummary>> GetPastDeploymentsAsync(int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var input = new
        {
            projectId = await ProjectIdAsync(cancellationToken),
            serviceId = _settings.ServiceId,
            environmentId = _settings.EnvironmentId,
            status = new { @in = new[] { RailwayDeploymentStatus.Success, RailwayDeploymentStatus.Removed } },
        };
        var connection = await _graphQl.SendAsync(RailwayDocuments.Deployments, new { input, first = count }, cancellationToken);
        return RailwayGraphQl.Read<DeploymentConnection>(connection, RailwayDocuments.Deployments).Edges.Select(edge => edge.Node).ToList();
    }

    public async Task<bool> RollbackAsync(string deploymentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deploymentId);
        var done = await _graphQl.SendAsync(RailwayDocuments.Rollback, new { id = deploymentId }, cancellationToken);
        return RailwayGraphQl.Read<bool>(done, RailwayDocuments.Rollback);
    }

    public async Task<IReadOnlyDictionary<string, string>> GetVariablesAsync(CancellationToken cancellationToken = default)
    {
        var variables = new { projectId = await RequiredProjectIdAsync(cancellationToken), environmentId = _settings.EnvironmentId, serviceId = _settings.ServiceId };
        var values = await _graphQl.SendAsync(RailwayDocuments.Variables, variables, cancellationToken);
        return RailwayGraphQl.Read<Dictionary<string, string>>(values, RailwayDocuments.Variables);
    }

    public async Task SetVariablesAsync(IReadOnlyDictionary<string, string> variables, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var input = new
        {
            projectId = await RequiredProjectIdAsync(cancellationToken),
            environmentId = _settings.EnvironmentId,
            serviceId = _settings.ServiceId,
            variables,
            replace = false,
            skipDeploys = true,
        };
        var done = await _graphQl.SendAsync(RailwayDocuments.UpsertVariables, new { input }, cancellationToken);
        if (!RailwayGraphQl.Read<bool>(done, RailwayDocuments.UpsertVariables))
        {
            throw new ServiceException(RailwayGraphQl.ServiceName, RailwayDocuments.UpsertVariables.RootField, System.Net.HttpStatusCode.OK, "Railway did not set the variables");
        }
    }

    public async Task<RailwayProjectToken> GetProjectTokenAsync(CancellationToken cancellationToken = default)
    {
        var token = await _graphQl.SendAsync(RailwayDocuments.ProjectToken, new { }, cancellationToken);
        return RailwayGraphQl.Read<RailwayProjectToken>(token, RailwayDocuments.ProjectToken);
    }

    public void Dispose() => _ownedHttp?.Dispose();

    /// <summary>
    /// The project id narrows the history query. A project token can tell it; with an account token and no
    /// RAILWAY_PROJECT_ID the service and environment ids alone select the history.
    /// </summary>
    private async Task<string?> ProjectIdAsync(CancellationToken cancellationToken)
    {
        if (_projectId is null && _settings.TokenKind == RailwayTokenKind.Project)
        {
            _projectId = (await GetProjectTokenAsync(cancellationToken)).ProjectId;
        }

        return _projectId;
    }

    private async Task<string> RequiredProjectIdAsync(CancellationToken cancellationToken) =>
        await ProjectIdAsync(cancellationToken)
        ?? throw new InvalidOperationException("Railway: the project id is required to read or set the service's variables with an account token; set it beside the service and environment ids.");

    private sealed record DeploymentConnection(IReadOnlyList<DeploymentEdge> Edges);

    private sealed record DeploymentEdge(RailwayDeploymentSummary Node);
}
