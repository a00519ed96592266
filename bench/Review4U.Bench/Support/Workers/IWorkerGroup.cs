namespace Review4U.Bench.Support.Workers;

/// <summary>Hangfire servers made ready before a measurement (composed, started as processes) and set working by <see cref="Go"/>.</summary>
public interface IWorkerGroup : IAsyncDisposable
{
    void Go();
}
