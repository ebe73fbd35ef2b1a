namespace MotCua.Domain.Citizens;

/// <summary>
/// A code sent to a citizen's e-mail or phone to set a new password without the old one. Six digits are guessable
/// only with many tries, so a code lives <see cref="Lifetime"/>, is compared at most <see cref="MaxAttempts"/> times,
/// serves once, and is kept only hashed: whoever reads the table cannot use the codes in it.
/// </summary>
public sealed class PasswordResetCode
{
    public const int Digits = 6;
    public const int MaxAttempts = 5;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    /// <summary>A new code is not sent sooner than this after the last one, so a stranger cannot flood his phone with messages.</summary>
    public static readonly TimeSpan Spacing = TimeSpan.FromMinutes(1);

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CitizenId { get; init; }

    public required string CodeHash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>How many times a code was compared with it; counted by the database, which alone sees parallel tries.</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset ExpiresAt => CreatedAt + Lifetime;

    public bool IsUsable(DateTimeOffset now) => now < ExpiresAt && Attempts < MaxAttempts;
}
