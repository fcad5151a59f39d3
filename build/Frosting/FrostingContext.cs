using Cake.Core;

namespace Cake.Frosting;

/// <summary>The base of a build's own context: every Cake alias works on it.</summary>
public class FrostingContext(ICakeContext context) : CakeContextAdapter(context), IFrostingContext
{
}
