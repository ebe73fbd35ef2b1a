using System.Diagnostics.CodeAnalysis;

namespace MotCua.Web.Common;

/// <summary>Either a value or an <see cref="Error"/>; handlers return it instead of throwing.</summary>
public readonly struct Outcome<T>
{
    private readonly T? value;

    private Outcome(T? value, Error? error)
    {
        this.value = value;
        Error = error;
    }

    public Error? Error { get; }

    [MemberNotNullWhen(true, nameof(Error))]
    public bool Failed => Error is not null;

    public T Value => Error is null ? value! : throw new InvalidOperationException("The outcome failed: " + Error.Type);

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(Error error) => new(default, error);
}
