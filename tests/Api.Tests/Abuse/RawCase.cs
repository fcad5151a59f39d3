namespace Mlops.Api.Tests.Abuse;

/// <summary>
/// One request as bytes on the wire, sent whole; a slow case then sends <see cref="Trickle"/> one byte per
/// <see cref="TrickleInterval"/> until the server answers (a slowloris client).
/// </summary>
public sealed record RawCase(string Name, byte[] Request)
{
    public byte[] Trickle { get; init; } = [];

    public TimeSpan TrickleInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The request stops short (headers or body unfinished), so only the server's clock ends it.</summary>
    public bool AwaitsTimeout { get; init; }

    public bool IsSlow => Trickle.Length > 0 || AwaitsTimeout;

    /// <summary>Bytes of the request that the answer must not repeat (an oversized input is echoed as a short prefix at most).</summary>
    public byte[] MustNotEcho { get; init; } = [];

    public override string ToString() => Name;
}
