namespace Mlops.Build.Integrations.Railway;

/// <summary>Which kind of Railway token the build holds; each travels in its own header.</summary>
public enum RailwayTokenKind
{
    /// <summary>RAILWAY_TOKEN: scoped to one project environment, sent as Project-Access-Token.</summary>
    Project,

    /// <summary>RAILWAY_API_TOKEN: an account or team token, sent as Authorization: Bearer.</summary>
    Account,
}
