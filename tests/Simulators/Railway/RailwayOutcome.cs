namespace Mlops.Simulators.Railway;

/// <summary>How a simulated deployment ends.</summary>
public enum RailwayOutcome
{
    Success,

    /// <summary>The build fails: QUEUED → BUILDING → FAILED.</summary>
    Failed,

    /// <summary>The container starts and dies: QUEUED → BUILDING → DEPLOYING → CRASHED.</summary>
    Crashed,

    /// <summary>Never leaves BUILDING, for deploy-timeout tests.</summary>
    Stuck,
}
