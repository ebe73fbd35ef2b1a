using Microsoft.AspNetCore.Hosting;

namespace MotCua.Web.Tests.Infrastructure;

public static class EmailToTheLog
{
    /// <summary>
    /// Development sends e-mail to its stand-in mail server on a fixed port; test applications run side by side, so they
    /// write e-mail to their notification log instead, and a test that needs SMTP starts a server of its own.
    /// </summary>
    public static IWebHostBuilder WithEmailToTheLog(this IWebHostBuilder builder) =>
        builder.UseSetting("Notifications:Email:Provider", "log").UseSetting("Notifications:Email:StandIn:Port", "");
}
