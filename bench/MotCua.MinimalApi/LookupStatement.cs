using Npgsql;

/// <summary>
/// The public lookup's one statement as MotCua sends it (the dossier by its code with its procedure and current unit, and
/// its events in order, the same columns), read into the same answer with nothing around it: no EF Core, no masking beyond
/// the name, no status texts looked up, the JSON columns read as text and not parsed.
/// </summary>
internal static class LookupStatement
{
    private const string Sql = """
        SELECT s."Code", s."Status", s."Applicant_FullName", s."ReceivedAt", s."DueAt", s."RescheduledTo", s."Id", s."Rating_At", s."Rating_Comment", s."Rating_Level", s."Rating_Reasons", s."ResultCopies", s."FeeExempt", s.c, s."Name", s.c0, s."Id0", s."Name0", s."Id1", d0."Type", d0."At", d0."Id"
        FROM (
            SELECT d."Code", d."Status", d."Applicant_FullName", d."ReceivedAt", d."DueAt", d."RescheduledTo", d."Id", d."Rating_At", d."Rating_Comment", d."Rating_Level", d."Rating_Reasons", d."ResultCopies", d."FeeExempt", d."Payments" AS c, p."Name", p."Fees" AS c0, p."Id" AS "Id0", u."Name" AS "Name0", u."Id" AS "Id1"
            FROM "Dossiers" AS d
            INNER JOIN "Procedures" AS p ON d."ProcedureId" = p."Id"
            INNER JOIN "Units" AS u ON d."CurrentUnitId" = u."Id"
            WHERE d."Code" = $1
            LIMIT 1
        ) AS s
        LEFT JOIN "DossierEvents" AS d0 ON s."Id" = d0."DossierId"
        ORDER BY s."Id", s."Id0", s."Id1", d0."Sequence"
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
            // The payments made and the fees asked (JSON) are read as text, as MotCua receives them, and not summed.
            _ = (reader.GetValue(13), reader.GetValue(15));
            dossier ??= new PublicDossier(
                reader.GetString(0), reader.GetString(1), reader.GetString(14), Masked(reader.GetString(2)),
                At(reader, 3), At(reader, 4), At(reader, 5), reader.GetString(17), !reader.IsDBNull(7), "", true, 0, steps);
            if (!reader.IsDBNull(19))
            {
                steps.Add(new PublicStep(reader.GetString(19), reader.GetString(19), reader.GetFieldValue<DateTimeOffset>(20)));
            }
        }

        return dossier;
    }

    private static DateTimeOffset? At(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetFieldValue<DateTimeOffset>(column);

    private static string Masked(string name) => string.Join(' ', name.Split(' ').Select(w => w[..1] + new string('*', w.Length - 1)));
}
