namespace Mlops.Api.Endpoints;

/// <summary>The methods of a read-only endpoint: HEAD answers wherever GET does (the server sends no body).</summary>
internal static class ReadMethods
{
    public static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];
}
