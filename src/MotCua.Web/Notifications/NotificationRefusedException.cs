namespace MotCua.Web.Notifications;

/// <summary>
/// A message the channel cannot send as it is, now or later (too long for the provider's policy, a number that is not
/// a phone number): the outbox records the reason and does not try it again, rather than spend its attempts on it.
/// </summary>
public sealed class NotificationRefusedException(string reason) : Exception(reason);
