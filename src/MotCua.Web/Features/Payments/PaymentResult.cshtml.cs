namespace MotCua.Web.Features.Payments;

/// <summary>Where the provider sends the citizen back: the order as the product knows it, which the callback decided.</summary>
public sealed class PaymentResultModel(ConfirmPayment payments) : PaymentPage(payments);
