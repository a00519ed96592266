using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Review4U.Workflows.Hangfire.Hosting;

/// <summary>Builds each Hangfire job from a DI scope of its own.</summary>
internal sealed class ServiceProviderJobActivator(IServiceScopeFactory scopes) : JobActivator
{
    public override object ActivateJob(Type jobType) =>
        throw new InvalidOperationException($"Jobs are activated inside a scope; {jobType} was requested without one.");

    public override JobActivatorScope BeginScope(JobActivatorContext context) => new Scope(scopes.CreateAsyncScope());

    private sealed class Scope(AsyncServiceScope scope) : JobActivatorScope
    {
        public override object Resolve(Type type) => ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, type);

        public override void DisposeScope() => scope.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
