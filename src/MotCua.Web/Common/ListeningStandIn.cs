namespace MotCua.Web.Common;

/// <summary>
/// A stand-in server that runs for as long as the application does. Its start completes once it listens (or failed
/// to), so that what sends to it may send as soon as the application is up.
/// </summary>
public abstract class ListeningStandIn : BackgroundService
{
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await base.StartAsync(cancellationToken);
        var running = ExecuteTask ?? Task.CompletedTask;
        await Task.WhenAny(listening.Task, running).WaitAsync(cancellationToken);
        if (running.IsFaulted)
        {
            await running;
        }
    }

    /// <summary>Called by the server once it accepts connections.</summary>
    protected void Listening() => listening.TrySetResult();
}
