namespace Mlops.Build.Integrations.Deploy;

/// <summary>Where Deploy puts the API.</summary>
public enum DeployProvider
{
    /// <summary>Started on 127.0.0.1, verified, and stopped again: the default when Railway is not configured.</summary>
    Local,

    Railway,
}
