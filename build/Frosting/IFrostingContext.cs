using Cake.Core;

namespace Cake.Frosting;

/// <summary>Marks a build context; the host creates it once, from Cake's own context.</summary>
public interface IFrostingContext : ICakeContext
{
}
