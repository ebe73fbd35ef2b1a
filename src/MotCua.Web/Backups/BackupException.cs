using MotCua.Web.Common;

namespace MotCua.Web.Backups;

/// <summary>A backup or restore refused or failed for a reason the operator can act on; the message says which.</summary>
public sealed class BackupException(Text message) : CommandRefusedException(message);
