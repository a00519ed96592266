namespace Review4U.Web.Tests.Support;

/// <summary>One <see cref="WebWorld"/> shared by a test class whose tests each work on their own organisation's task.</summary>
public sealed class RoundInProgress : IAsyncLifetime
{
    private WebWorld? world;

    public WebWorld World => world ?? throw new InvalidOperationException("The world is not created yet.");

    public async Task InitializeAsync() => world = await WebWorld.CreateAsync();

    public async Task DisposeAsync()
    {
        if (world is not null)
        {
            await world.DisposeAsync();
        }
    }
}
