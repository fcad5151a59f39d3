using System.Text;

namespace Mlops.Api.Tests.Abuse;

/// <summary>What came back on the socket: the status (0 when the server closed without answering), the content type and the body.</summary>
public sealed record RawResponse(int Status, string? ContentType, byte[] Body)
{
    public static RawResponse None { get; } = new(0, null, []);

    public string BodyText => Encoding.UTF8.GetString(Body);
}
