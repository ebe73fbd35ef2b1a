namespace MotCua.Web.Jobs;

public static class JobsSetup
{
    /// <summary>The leases every scheduled job runs under (<see cref="PeriodicWorker"/>); the jobs themselves come with their features.</summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobOptions>().Bind(configuration.GetSection("Jobs"))
            .Validate(o => o.LeaseHold > TimeSpan.Zero && o.MaxJitter >= TimeSpan.Zero, "Jobs:LeaseHold must be positive and Jobs:MaxJitter not negative.")
            .ValidateOnStart();
        return services;
    }
}
