using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Mlops.Api.Tests.Fixtures;

/// <summary>The API on real Kestrel at a free loopback port, for clients that need a socket, such as a browser.</summary>
public sealed class KestrelApiFactory : ModelApiFactory
{
    public KestrelApiFactory(string modelPath, IReadOnlyDictionary<string, string>? settings = null)
        : base(modelPath, settings) => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>Starts the server if needed and answers where it listens.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
            return new Uri(addresses.Addresses.Single());
        }
    }
}
