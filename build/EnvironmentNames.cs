namespace Mlops.Build;

/// <summary>Every environment variable the build reads, named once.</summary>
public static class EnvironmentNames
{
    public const string Ci = "CI";
    public const string GitHubActions = "GITHUB_ACTIONS";
    public const string GitHubRef = "GITHUB_REF";
    public const string GitHubRefType = "GITHUB_REF_TYPE";
    public const string GitHubRefName = "GITHUB_REF_NAME";
    public const string GitHubHeadRef = "GITHUB_HEAD_REF";
    public const string GitHubSha = "GITHUB_SHA";
    public const string GitHubRunNumber = "GITHUB_RUN_NUMBER";
    public const string GitHubRunId = "GITHUB_RUN_ID";
    public const string GitHubRepository = "GITHUB_REPOSITORY";
    public const string GitHubServerUrl = "GITHUB_SERVER_URL";
    public const string GitHubStepSummary = "GITHUB_STEP_SUMMARY";
    public const string GitHubOutput = "GITHUB_OUTPUT";
    public const string DatabricksHost = "DATABRICKS_HOST";
    public const string DatabricksToken = "DATABRICKS_TOKEN";
    public const string DatabricksRepoPath = "DATABRICKS_REPO_PATH";
    public const string DatabricksJobId = "DATABRICKS_JOB_ID";
    public const string DatabricksOutputRoot = "DATABRICKS_OUTPUT_ROOT";
    public const string DatabricksPollSeconds = "DATABRICKS_POLL_SECONDS";
    public const string DatabricksRunTimeoutMinutes = "DATABRICKS_RUN_TIMEOUT_MINUTES";

    /// <summary>An Npgsql connection string: the run history goes to that PostgreSQL database instead of the SQLite file.</summary>
    public const string HistoryPostgres = "HISTORY_POSTGRES_CONNECTION";

    public const string NuGetFeedUrl = "NUGET_FEED_URL";
    public const string NuGetApiKey = "NUGET_API_KEY";

    public const string RailwayToken = "RAILWAY_TOKEN";
    public const string RailwayApiToken = "RAILWAY_API_TOKEN";
    public const string RailwayApiUrl = "RAILWAY_API_URL";
    public const string RailwayProjectId = "RAILWAY_PROJECT_ID";
    public const string RailwayServiceId = "RAILWAY_SERVICE_ID";
    public const string RailwayEnvironmentId = "RAILWAY_ENVIRONMENT_ID";
    public const string RailwayPollSeconds = "RAILWAY_POLL_SECONDS";
    public const string RailwayDeployTimeoutSeconds = "RAILWAY_DEPLOY_TIMEOUT_SECONDS";

    /// <summary>
    /// A deploy environment's own copy of a setting, e.g. STAGING_RAILWAY_TOKEN: each environment has its own token and
    /// ids. Production also reads the plain names (RAILWAY_TOKEN, ...) when its own are not set.
    /// </summary>
    public static string ForDeployEnvironment(string environment, string name) =>
        $"{environment.ToUpperInvariant()}_{name}";
    public const string GitHubToken = "GITHUB_TOKEN";
    public const string GitHubApiUrl = "GITHUB_API_URL";

    /// <summary>Set by push.yml on pull requests: the number and the head commit the model-gate status belongs to.</summary>
    public const string PullRequestNumber = "PULL_REQUEST_NUMBER";
    public const string PullRequestHeadSha = "PULL_REQUEST_HEAD_SHA";
}
