namespace Mlops.Build.Integrations.Railway;

/// <summary>What the caller's check of a live deployment (health version, smoke tests) concluded.</summary>
public sealed record VerificationResult(bool Passed, string Reason)
{
    public static VerificationResult Pass(string reason = "verified") => new(true, reason);

    public static VerificationResult Fail(string reason) => new(false, reason);
}
