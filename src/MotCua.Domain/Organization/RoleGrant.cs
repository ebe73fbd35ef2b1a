namespace MotCua.Domain.Organization;

public sealed class RoleGrant
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OfficerId { get; init; }

    public Role Role { get; init; }

    public Guid UnitId { get; init; }
}
