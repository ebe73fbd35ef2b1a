using Microsoft.Data.Sqlite;

namespace MotCua.Web.Data;

/// <summary>
/// A SQLite file named by a relative path lies in the content root, beside the file store and the application's other
/// folders, wherever the process was started from: with the working directory, a service started from / would make a
/// new empty database there while its attachments stay beside the application.
/// </summary>
public static class SqliteFile
{
    public static string InContentRoot(string connection, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connection);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" || Path.IsPathRooted(builder.DataSource))
        {
            return connection;
        }

        builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        return builder.ConnectionString;
    }
}
