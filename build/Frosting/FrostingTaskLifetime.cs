using Cake.Core;

namespace Cake.Frosting;

/// <summary>Runs before and after every task.</summary>
public abstract class FrostingTaskLifetime<TContext> : IFrostingTaskLifetime
    where TContext : ICakeContext
{
    public abstract void Setup(TContext context, ITaskSetupContext info);

    public abstract void Teardown(TContext context, ITaskTeardownContext info);

    void IFrostingTaskLifetime.Setup(ICakeContext context, ITaskSetupContext info) => Setup((TContext)context, info);

    void IFrostingTaskLifetime.Teardown(ICakeContext context, ITaskTeardownContext info) => Teardown((TContext)context, info);
}

public interface IFrostingTaskLifetime
{
    void Setup(ICakeContext context, ITaskSetupContext info);

    void Teardown(ICakeContext context, ITaskTeardownContext info);
}
