using Spectre.Console.Cli;

namespace Review4U.Cli.Infrastructure;

internal sealed class TypeResolver(IServiceProvider provider) : ITypeResolver, IDisposable
{
    public object? Resolve(Type? type) => type is null ? null : provider.GetService(type);

    public void Dispose() => (provider as IDisposable)?.Dispose();
}
