using Microsoft.AspNetCore.Hosting;

namespace MotCua.Web.Tests.Infrastructure;

public static class EmailToTheLog
{
    /// <summary>
    /// Development sends e-mail and SMS to its stand-in mail server and SMS gateway on fixed ports; test applications run
    /// side by side, so they write both to their notification log instead, and a test that needs SMTP or the SMS gateway
    /// starts one of its own.
    /// </summary>
    public static IWebHostBuilder WithEmailToTheLog(this IWebHostBuilder builder) =>
        builder.UseSetting("Notifications:Email:Provider", "log").UseSetting("Notifications:Email:StandIn:Port", "")
            .UseSetting("Notifications:Sms:Provider", "log").UseSetting("Notifications:Sms:StandIn:Port", "");
}
