namespace MotCua.Domain.Dossiers;

/// <summary>A component the desk received: how many originals and copies, and where its file came from.</summary>
public sealed record ReceivedComponent(string Name, int Originals, int Copies, ComponentOrigin Origin);
