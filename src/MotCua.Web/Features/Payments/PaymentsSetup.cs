using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MotCua.Web.Common;
using MotCua.Web.Connections;
using MotCua.Web.Features.Payments.Vnpay;

namespace MotCua.Web.Features.Payments;

public static class PaymentsSetup
{
    public const string StandInSetting = "Payments:Vnpay:StandIn:Enabled";

    /// <summary>
    /// <c>Payments:Provider</c>: <c>none</c> (default: no online payment is offered, its pages and API do not exist) or
    /// <c>vnpay</c> (the VNPAY gateway of <c>Payments:Vnpay</c>, checked at start). <c>Payments:Vnpay:StandIn:Enabled</c>
    /// also serves Development's stand-in VNPAY, which Production refuses; it signs with a secret made at start when none
    /// is set, so that no secret is ever committed.
    /// </summary>
    public static IServiceCollection AddPayments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddConnection<PaymentConnection>();
        var standIn = configuration.GetValue<bool>(StandInSetting);
        if (standIn)
        {
            // Whatever the provider: Production refuses the setting itself, not only a stand-in that would run.
            services.AddSingleton(new StandIn("VNPAY stand-in", StandInSetting));
        }

        var vnpay = services.AddOptions<VnpayOptions>().Bind(configuration.GetSection("Payments:Vnpay"));
        var provider = configuration["Payments:Provider"] ?? "none";
        if (provider.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return services.AddSingleton(new OnlinePayments(false))
                .Configure<RazorPagesOptions>(o => o.Conventions.AddFolderRouteModelConvention("/Payments", page => page.Selectors.Clear()));
        }

        if (!provider.Equals("vnpay", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Payments:Provider must be none or vnpay, not '{provider}'.");
        }

        vnpay.PostConfigure(o => o.HashSecret = o.StandIn.Enabled && o.HashSecret.Length == 0 ? Convert.ToHexString(RandomNumberGenerator.GetBytes(32)) : o.HashSecret)
            .Validate(o => o.IsValid, VnpayOptions.Requirement)
            .Validate(o => FormsMayPostTo(o.PaymentUrl, configuration), "Security:FormActionOrigins must list the origin of Payments:Vnpay:PaymentUrl: the payment form's answer redirects the browser there.")
            .ValidateOnStart();
        services.AddHttpClient(VnpayGateway.Client, (sp, client) => client.Timeout = sp.GetRequiredService<IOptions<VnpayOptions>>().Value.Timeout);
        services.AddSingleton(new OnlinePayments(true))
            .AddScoped<VnpayGateway>().AddScoped<IPaymentGateway>(sp => sp.GetRequiredService<VnpayGateway>())
            .AddScoped<StartPayment>().AddScoped<ConfirmPayment>().AddScoped<GetDossierFees>().AddScoped<ReconcilePayments>()
            .AddScoped<VnpayIpn>().AddScoped<RefundPayment>()
            .AddHostedService<Jobs.PaymentReconciliationWorker>();
        if (standIn)
        {
            services.AddScoped<VnpayStandIn>().AddScoped<VnpayStandInApi>().AddHttpClient(VnpayStandIn.Client);
            return services;
        }

        return services.Configure<RazorPagesOptions>(o => o.Conventions.AddFolderRouteModelConvention("/Payments/StandInGateway", page => page.Selectors.Clear()));
    }

    /// <summary>The Content-Security-Policy's form-action would stop the browser on its way to a gateway of another origin.</summary>
    private static bool FormsMayPostTo(string paymentUrl, IConfiguration configuration) =>
        PublicAddress.IsRelative(paymentUrl) || !Uri.TryCreate(paymentUrl, UriKind.Absolute, out var url)
        || (configuration.GetSection("Security:FormActionOrigins").Get<string[]>() ?? []).Any(o => Uri.TryCreate(o, UriKind.Absolute, out var origin)
            && Uri.Compare(origin, url, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0);
}
