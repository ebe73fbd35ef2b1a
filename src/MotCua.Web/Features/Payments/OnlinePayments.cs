namespace MotCua.Web.Features.Payments;

/// <summary>Whether this deployment takes fees online (a payment provider is configured): pages offer it only then.</summary>
public sealed record OnlinePayments(bool Available);
