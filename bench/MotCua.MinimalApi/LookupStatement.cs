using Npgsql;

/// <summary>
/// The public lookup's one statement as MotCua sends it (the dossier by its code with its procedure and current unit, and
/// its events in order), read into the same answer with nothing around it: no EF Core, no masking beyond the name, no
/// status texts looked up.
/// </summary>
internal static class LookupStatement
{
    private const string Sql = """
        SELECT s."Code", s."Status", s."Applicant_FullName", s."ReceivedAt", s."DueAt", s."RescheduledTo", s."Name", s."Name0", d0."Type", d0."At"
        FROM (
            SELECT d."Code", d."Status", d."Applicant_FullName", d."ReceivedAt", d."DueAt", d."RescheduledTo", d."Id", p."Name", u."Name" AS "Name0"
            FROM "Dossiers" AS d
            INNER JOIN "Procedures" AS p ON d."ProcedureId" = p."Id"
            INNER JOIN "Units" AS u ON d."CurrentUnitId" = u."Id"
            WHERE d."Code" = $1
            LIMIT 1
        ) AS s
        LEFT JOIN "DossierEvents" AS d0 ON s."Id" = d0."DossierId"
        ORDER BY d0."Sequence"
        """;

    public static async Task<PublicDossier?> ReadAsync(NpgsqlDataSource source, string code, CancellationToken ct)
    {
        await using var command = source.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter { Value = code });
        await using var reader = await command.ExecuteReaderAsync(ct);
        PublicDossier? dossier = null;
        var steps = new List<PublicStep>();
        while (await reader.ReadAsync(ct))
        {
            dossier ??= new PublicDossier(
                reader.GetString(0), reader.GetString(1), reader.GetString(6), Masked(reader.GetString(2)),
                At(reader, 3), At(reader, 4), At(reader, 5), reader.GetString(7), false, "", true, 0, steps);
            if (!reader.IsDBNull(8))
            {
                steps.Add(new PublicStep(reader.GetString(8), reader.GetString(8), reader.GetFieldValue<DateTimeOffset>(9)));
            }
        }

        return dossier;
    }

    private static DateTimeOffset? At(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetFieldValue<DateTimeOffset>(column);

    private static string Masked(string name) => string.Join(' ', name.Split(' ').Select(w => w[..1] + new string('*', w.Length - 1)));
}
